using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Processes;
using OdooAspire.Hosting.Tests.Infrastructure;
using OdooAspire.Hosting.Tests.Odoo.Fixtures;

namespace OdooAspire.Hosting.Tests.Containers;

/// <summary>
/// A PostgreSQL image made from this machine's own server (scripts/make-test-postgres-image.sh: its binaries,
/// busybox-static and an entrypoint with the official image's contract) and imported into podman: no registry is
/// needed. Its tag names the major version and this test process, so two runs on one machine never remove each
/// other's image; it is removed on dispose, and those of runs that died are removed before a new one is made.
/// </summary>
internal sealed class TestPostgresImage : IAsyncDisposable
{
    public const string Repository = "localhost/odooaspire-test/postgres";

    private const string TagMarker = "-run-";

    private TestPostgresImage(string tag, TimeSpan madeIn, long size)
    {
        Tag = tag;
        MadeIn = madeIn;
        Size = size;
    }

    /// <summary>Why the image cannot be made on this machine, or null.</summary>
    public static string? UnavailableReason { get; } =
        ExecutableLocator.Find("podman") is null
            ? "podman is not installed (apt-get install podman runc uidmap slirp4netns fuse-overlayfs; scripts/configure-podman.sh)"
            : ExecutableLocator.Find("busybox") is not { } busybox || !IsStaticProgram(busybox)
                ? "busybox-static is not installed (apt-get install busybox-static): the test image's shell and tools"
                : null;

    public string Tag { get; }

    public string Reference => $"{Repository}:{Tag}";

    /// <summary>How long the script took, from the first file copied to the image imported.</summary>
    public TimeSpan MadeIn { get; }

    /// <summary>The image's size in bytes, as podman reports it.</summary>
    public long Size { get; }

    public static async Task<TestPostgresImage> MakeAsync()
    {
        var binaries = PostgresBinaries.Locate(configured: null);
        var version = binaries.MajorVersion.ToString(CultureInfo.InvariantCulture);
        var tag = $"{version}{TagMarker}{Environment.ProcessId}";
        await RemoveImagesOfEndedRunsAsync();
        var script = Path.Combine(RepositoryPaths.Root, "scripts", "make-test-postgres-image.sh");
        var clock = Stopwatch.StartNew();
        await CliCommand.OutputOfAsync(script, [$"{Repository}:{tag}", "--version", version, "--engine", "podman"], TestTimeouts.Long);
        var madeIn = clock.Elapsed;
        var size = long.Parse(await PodmanCli.OutputOfAsync("image", "inspect", "--format", "{{.Size}}", $"{Repository}:{tag}"), CultureInfo.InvariantCulture);
        return new TestPostgresImage(tag, madeIn, size);
    }

    public async ValueTask DisposeAsync() => await PodmanCli.OutputOfAsync("rmi", "--force", "--ignore", Reference);

    /// <summary>Removes the images whose test process is gone (a run that was killed), never one of a run still going.</summary>
    private static async Task RemoveImagesOfEndedRunsAsync()
    {
        foreach (var tag in await PodmanCli.LinesAsync("images", "--format", "{{.Tag}}", Repository))
        {
            var marker = tag.IndexOf(TagMarker, StringComparison.Ordinal);
            if (marker < 0 || !int.TryParse(tag.AsSpan(marker + TagMarker.Length), out var pid) || !Directory.Exists($"/proc/{pid}"))
            {
                await PodmanCli.OutputOfAsync("rmi", "--force", "--ignore", $"{Repository}:{tag}");
            }
        }
    }

    /// <summary>An ELF program without an interpreter (PT_INTERP) needs no shared library: busybox-static's, not busybox's.</summary>
    private static bool IsStaticProgram(string path)
    {
        const uint interpreterHeader = 3;
        var elf = File.ReadAllBytes(path);
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F' || elf[4] != 2)
        {
            return false;
        }

        var headers = (int)BinaryPrimitives.ReadUInt64LittleEndian(elf.AsSpan(0x20));
        var size = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(0x36));
        var count = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(0x38));
        return Enumerable.Range(0, count).All(i => BinaryPrimitives.ReadUInt32LittleEndian(elf.AsSpan(headers + (i * size))) != interpreterHeader);
    }
}
