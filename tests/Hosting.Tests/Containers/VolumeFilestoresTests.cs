using OdooAspire.Hosting.Odoo;

namespace OdooAspire.Hosting.Tests.Containers;

/// <summary>Container mode's filestore copies, run for real in a podman volume (busybox image standing in for Odoo's).</summary>
[Collection(PodmanImage.Collection)]
public sealed class VolumeFilestoresTests(PodmanImage image) : IAsyncLifetime
{
    private readonly string _volume = "odooaspire-filestore-test-" + Guid.NewGuid().ToString("N")[..8];
    private VolumeFilestores _filestores = null!;

    public Task InitializeAsync()
    {
        _filestores = new VolumeFilestores((command, _) => InVolumeAsync(command));
        return Task.CompletedTask;
    }

    [PodmanFact]
    public async Task A_template_filestore_is_moved_in_copied_to_a_database_and_deleted_inside_the_volume()
    {
        await InVolumeAsync(["sh", "-c", "mkdir -p /var/lib/odoo/filestore/build/ab && echo attachment > /var/lib/odoo/filestore/build/ab/file"]);

        await _filestores.MoveAsync(_filestores.OfDatabase("build"), _filestores.OfTemplate("0123456789ab"), CancellationToken.None);
        await _filestores.CopyAsync(_filestores.OfTemplate("0123456789ab"), _filestores.OfDatabase("odoo"), CancellationToken.None);
        await _filestores.CopyAsync(_filestores.OfTemplate("0123456789ab"), _filestores.OfDatabase("odoo"), CancellationToken.None);
        await _filestores.DeleteAsync(_filestores.OfTemplate("0123456789ab"), CancellationToken.None);

        Assert.Equal(
            ["/var/lib/odoo/filestore/odoo/ab/file", "/var/lib/odoo/odooaspire-templates/0123456789ab"],
            (await InVolumeAsync(["find", "/var/lib/odoo", "-type", "f", "-o", "-name", "0123456789ab"])).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order());
        Assert.Equal("attachment\n", await InVolumeAsync(["cat", "/var/lib/odoo/filestore/odoo/ab/file"]));
    }

    [PodmanFact]
    public async Task Copying_a_missing_filestore_leaves_no_target_and_replaces_a_leftover()
    {
        await InVolumeAsync(["sh", "-c", "mkdir -p /var/lib/odoo/filestore/odoo && echo stale > /var/lib/odoo/filestore/odoo/old"]);

        await _filestores.CopyAsync(_filestores.OfTemplate("missing"), _filestores.OfDatabase("odoo"), CancellationToken.None);

        Assert.Equal(string.Empty, await InVolumeAsync(["find", "/var/lib/odoo", "-type", "f"]));
    }

    [Fact]
    public void A_path_outside_odoos_data_folder_is_refused()
    {
        Assert.Throws<ArgumentException>(() => VolumeFilestores.Command("rm -rf \"$1\"", ["/etc"]));
        Assert.Throws<ArgumentException>(() => VolumeFilestores.Command("rm -rf \"$1\"", ["/var/lib/odoo/../../etc"]));
        Assert.Equal(["sh", "-c", "set -e; rm -rf \"$1\"", "sh", "/var/lib/odoo/filestore/x y"], VolumeFilestores.Command("rm -rf \"$1\"", ["/var/lib/odoo/filestore/x y"]));
    }

    public async Task DisposeAsync()
    {
        if (PodmanImage.UnavailableReason is null)
        {
            await PodmanContainerTests.Podman("volume", "rm", "--force", _volume);
        }
    }

    private Task<string> InVolumeAsync(IReadOnlyList<string> command) =>
        PodmanContainerTests.Podman(["run", "--rm", "--network", "none", "-v", $"{_volume}:/var/lib/odoo", image.Reference, .. command]);
}
