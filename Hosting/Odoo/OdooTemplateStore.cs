using System.Globalization;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Processes;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Template databases kept outside any one PostgreSQL cluster: a pg_dump and the filestore per template key, so a
/// new data folder (every test run has one) restores the template in seconds instead of running Odoo's install.
/// An entry is written in a temporary folder and renamed into place complete, so a half-written one is never read.
/// </summary>
internal sealed class OdooTemplateStore(string root, PostgresBinaries binaries, string applicationPassword, OdooProgress progress)
{
    private const string DumpFile = "database.dump";
    private const string FilestoreFolder = "filestore";

    public string Root { get; } = root;

    /// <summary>$XDG_CACHE_HOME/odooaspire/odoo-templates or ~/.cache/…; as root /var/cache/odooaspire/odoo-templates.</summary>
    public static string DefaultPath(string? xdgCacheHome, bool isRoot)
    {
        var cache = isRoot ? "/var/cache"
            : string.IsNullOrEmpty(xdgCacheHome) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
            : xdgCacheHome;
        return Path.Combine(cache, "odooaspire", "odoo-templates");
    }

    public string FolderFor(OdooTemplateKey key) => Path.Combine(Root, key.Hash);

    public bool Contains(OdooTemplateKey key) => File.Exists(Path.Combine(FolderFor(key), DumpFile));

    /// <summary>Dumps the template database (which must still accept connections) and copies its filestore.</summary>
    public async Task SaveAsync(PostgresDatabaseAdmin admin, OdooTemplateKey key, string filestore, CancellationToken cancellationToken)
    {
        if (Contains(key))
        {
            return;
        }

        var staging = Path.Combine(Root, $".{key.Hash}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var (host, port) = admin.Address;
            await RunAsync(binaries.Dump, admin.SuperuserPassword,
                ["-h", host, "-p", port.ToString(CultureInfo.InvariantCulture), "-U", admin.SuperuserName,
                 "-Fc", "-Z", "1", "-f", Path.Combine(staging, DumpFile), key.DatabaseName], cancellationToken);
            OdooFilestore.Copy(filestore, Path.Combine(staging, FilestoreFolder));
            await File.WriteAllTextAsync(Path.Combine(staging, "key.txt"), key.Text, cancellationToken);
            if (!Contains(key))
            {
                OdooFilestore.Delete(FolderFor(key));
                Directory.Move(staging, FolderFor(key));
            }
        }
        finally
        {
            OdooFilestore.Delete(staging);
        }
    }

    /// <summary>Deletes the entry of <paramref name="key"/> (one that could not be restored).</summary>
    public void Delete(OdooTemplateKey key) => OdooFilestore.Delete(FolderFor(key));

    /// <summary>Deletes the entries an addon change made obsolete (<see cref="OdooTemplateKey.Supersedes"/>).</summary>
    public void DeleteSuperseded(OdooTemplateKey key)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            var keyFile = Path.Combine(folder, "key.txt");
            // ".<hash>-<guid>" folders are entries being written by another run.
            if (!Path.GetFileName(folder).StartsWith('.') && File.Exists(keyFile) && key.Supersedes(File.ReadAllText(keyFile)))
            {
                OdooFilestore.Delete(folder);
                progress.Info($"deleted template store entry {folder}: superseded by {key.Hash}");
            }
        }
    }

    /// <summary>Creates <paramref name="database"/> as Odoo would (UTF-8, C collation) and restores the dump into it as the application role.</summary>
    public async Task RestoreAsync(PostgresDatabaseAdmin admin, OdooTemplateKey key, string database, string filestore, CancellationToken cancellationToken)
    {
        await admin.CreateEmptyAsync(database, cancellationToken);
        var (host, port) = admin.Address;
        await RunAsync(binaries.Restore, applicationPassword,
            ["-h", host, "-p", port.ToString(CultureInfo.InvariantCulture), "-U", admin.ApplicationUser,
             "--no-owner", "--no-acl", "--single-transaction", "-d", database, Path.Combine(FolderFor(key), DumpFile)], cancellationToken);
        OdooFilestore.Copy(Path.Combine(FolderFor(key), FilestoreFolder), filestore);
    }

    private async Task RunAsync(string program, string password, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var spec = new ProcessSpec(program, arguments)
        {
            // One transaction and no wait for each commit's flush: a restore is all-or-nothing anyway.
            Environment = new Dictionary<string, string>
            {
                ["PGPASSWORD"] = password,
                ["PGOPTIONS"] = "-c synchronous_commit=off",
            },
            WorkingDirectory = Root,
        };
        try
        {
            await OneShotProcess.RunAsync(spec, (line, _) => progress.Info(line), cancellationToken);
        }
        catch (OneShotProcessException ex)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with code {ex.ExitCode}: {string.Join(" | ", ex.LastLines.TakeLast(3))}", ex);
        }
    }
}
