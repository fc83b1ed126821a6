using System.Diagnostics;

namespace OdooAspire.Hosting.Tests.Containers;

/// <summary>
/// Imports a busybox-static root filesystem as a local podman image once per run (no registry needed) and
/// removes it when the collection is done, so runs leave no image behind. Tests skip, saying why, when podman
/// or busybox is not installed (CI installs both).
/// </summary>
public sealed class PodmanImage : IAsyncLifetime
{
    public const string Collection = "podman";

    public string Reference { get; } = "localhost/odooaspire-test-busybox:1";

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
            await RemoveImageAsync();
            await RunAsync("podman", "import", "--change", "ENV=PATH=/bin", tar, Reference);
            File.Delete(tar);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    public Task DisposeAsync() => UnavailableReason is null ? RemoveImageAsync() : Task.CompletedTask;

    /// <summary>Removes the image (left by an interrupted run, or ours when done); re-importing would leave the old one dangling.</summary>
    private Task RemoveImageAsync() => RunAsync("podman", "rmi", "--force", "--ignore", Reference);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {error}");
        }
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
