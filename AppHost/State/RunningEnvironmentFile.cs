using System.Diagnostics;
using System.Text.Json;
using OdooAspire.Hosting;

namespace OdooAspire.AppHost.State;

/// <summary>
/// <c>running.json</c> in the data folder: written once every resource is healthy, removed when the host stops.
/// A file left by a host that died is recognised by its process id and ignored.
/// </summary>
public static class RunningEnvironmentFile
{
    public const string FileName = "running.json";

    public static string PathIn(string dataPath) => Path.Combine(dataPath, FileName);

    /// <summary>The environment recorded in <paramref name="dataPath"/>, or null when none runs there.</summary>
    public static RunningEnvironment? TryRead(string dataPath)
    {
        var path = PathIn(dataPath);
        RunningEnvironment? recorded;
        try
        {
            using var stream = File.OpenRead(path);
            recorded = JsonSerializer.Deserialize<RunningEnvironment>(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }

        return recorded is not null && IsAlive(recorded.ProcessId) ? recorded : null;
    }

    internal static void Write(string dataPath, RunningEnvironment environment)
    {
        var path = PathIn(dataPath);
        var temporary = path + ".tmp";
        // Private: the dashboard URL carries its login token.
        using (var stream = UnixPermissions.CreatePrivateFile(temporary))
        {
            JsonSerializer.Serialize(stream, environment);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Removes the file if this process wrote it (another host may have replaced it since).</summary>
    internal static void Remove(string dataPath, int processId)
    {
        var path = PathIn(dataPath);
        try
        {
            using (var stream = File.OpenRead(path))
            {
                if (JsonSerializer.Deserialize<RunningEnvironment>(stream)?.ProcessId != processId)
                {
                    return;
                }
            }

            File.Delete(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            // Nothing (valid) to remove.
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
