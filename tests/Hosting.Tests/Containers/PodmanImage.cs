using System.Diagnostics;

namespace OdooAspire.Hosting.Tests.Containers;

/// <summary>
/// Imports a busybox-static root filesystem as a local podman image once per run (no registry needed) and
/// removes it when the collection is done, so runs leave no image behind. The tag names the test process: two
/// runs on one machine would otherwise remove each other's image. Tests skip, saying why, when podman or busybox
/// is not installed (CI installs both).
/// </summary>
public sealed class PodmanImage : IAsyncLifetime
{
    public const string Collection = "podman";

    private const string Repository = "localhost/odooaspire-test-busybox";

    public string Reference { get; } = $"{Repository}:run-{Environment.ProcessId}";

    /// <summary>Why the podman tests cannot run on this machine, or null.</summary>
    public static string? UnavailableReason { get; } =
        OdooAspire.Hosting.Processes.ExecutableLocator.Find("podman") is null
            ? "podman is not installed (apt-get install podman runc; scripts/configure-podman.sh)"
            : !File.Exists("/bin/busybox") && !File.Exists("/usr/bin/busybox")
                ? "busybox-static is not installed (apt-get install busybox-static)"
                : null;

    public async Task InitializeAsync()
    {
        if (UnavailableReason is not null)
        {
            return;
        }

        var root = Directory.CreateTempSubdirectory("odooaspire-rootfs-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "bin"));
            var busybox = File.Exists("/bin/busybox") ? "/bin/busybox" : "/usr/bin/busybox";
            File.Copy(busybox, Path.Combine(root, "bin", "busybox"));
            foreach (var applet in new[] { "sh", "echo", "sleep", "httpd", "wget", "cat", "cp", "mv", "rm", "mkdir", "dirname", "find" })
            {
                File.CreateSymbolicLink(Path.Combine(root, "bin", applet), "busybox");
            }

            var tar = Path.Combine(root, "..", Path.GetFileName(root) + ".tar");
            await RunAsync("tar", "-C", root, "-cf", tar, ".");
            await RemoveLeftoversAsync();
            await RunAsync("podman", "import", "--change", "ENV=PATH=/bin", tar, Reference);
            File.Delete(tar);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    public Task DisposeAsync() => UnavailableReason is null ? RemoveImageAsync() : Task.CompletedTask;

    private async Task RemoveImageAsync() => await RunAsync("podman", "rmi", "--force", "--ignore", Reference);

    /// <summary>Removes the images of interrupted runs (their process is gone), never those of a run still going.</summary>
    private static async Task RemoveLeftoversAsync()
    {
        var tags = await RunAsync("podman", "images", "--format", "{{.Tag}}", Repository);
        foreach (var tag in tags.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!tag.StartsWith("run-", StringComparison.Ordinal) || !int.TryParse(tag.AsSpan(4), out var pid) || !Directory.Exists($"/proc/{pid}"))
            {
                await RunAsync("podman", "rmi", "--force", "--ignore", $"{Repository}:{tag}");
            }
        }
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {error}");
        }

        return await output;
    }
}

/// <summary>A fact that is skipped, with the reason, on a machine without podman or busybox.</summary>
public sealed class PodmanFactAttribute : FactAttribute
{
    public PodmanFactAttribute()
    {
        Skip = PodmanImage.UnavailableReason;
    }
}

[CollectionDefinition(PodmanImage.Collection)]
public sealed class PodmanImageGroup : ICollectionFixture<PodmanImage>;
