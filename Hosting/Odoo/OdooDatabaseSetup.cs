using System.Globalization;
using OdooAspire.Hosting.Postgres;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Makes sure the environment's database is there before Odoo starts: kept as it is when it exists and is complete,
/// dropped first only on an explicit reset, otherwise cloned from the cached template database, which is built once
/// (under a temporary name, renamed only on success) by Odoo's own install when it is missing. An existing database
/// the host did not complete is checked and refused when its install never finished.
/// </summary>
internal sealed class OdooDatabaseSetup(
    PostgresDatabaseAdmin admin,
    IOdooFilestores filestores,
    string templatesFolder,
    Func<string, string, CancellationToken, Task> initialise,
    OdooTemplateStore? store,
    OdooProgress progress,
    TimeProvider time)
{
    /// <summary>Prefix of the database comment that says the host completed the database.</summary>
    public const string ReadyMarker = "odooaspire: ready";

    public async Task EnsureAsync(string database, IReadOnlyList<string> modules, bool reset, OdooTemplateKey? key, CancellationToken cancellationToken)
    {
        if (database.StartsWith(OdooTemplateKey.DatabasePrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"Odoo:Database '{database}' starts with '{OdooTemplateKey.DatabasePrefix}', the prefix of the cached template databases: choose another name.");
        }

        if (reset)
        {
            await progress.ReportAsync("Resetting database", $"resetting database '{database}'");
            await admin.DropAsync(database, cancellationToken);
            await filestores.DeleteAsync(filestores.OfDatabase(database), cancellationToken);
            Log($"reset: dropped database '{database}' and its filestore (Odoo:Reset)");
        }
        else if (await admin.ExistsAsync(database, cancellationToken))
        {
            await CheckExistingAsync(database, modules, cancellationToken);
            return;
        }

        if (key is null)
        {
            await InitialiseInPlaceAsync(database, modules, cancellationToken);
            return;
        }

        var template = await EnsureTemplateAsync(key, cancellationToken);
        await CloneAsync(template, key, database, cancellationToken);
    }

    private async Task CheckExistingAsync(string database, IReadOnlyList<string> modules, CancellationToken cancellationToken)
    {
        if ((await admin.GetCommentAsync(database, cancellationToken))?.StartsWith(ReadyMarker, StringComparison.Ordinal) == true)
        {
            Log($"database '{database}' exists; using it (start with --reset to re-create it)");
            return;
        }

        var problem = await OdooDatabaseInspector.FindIncompletenessAsync(admin, database, modules, cancellationToken);
        if (problem is not null)
        {
            throw new OdooStartupException(
                $"database '{database}' exists but is not a complete Odoo database ({problem}); Odoo is not started on it. "
                + "Start once with --reset (or Odoo:Reset=true) to drop and re-create it, or set Odoo:Database to another name.");
        }

        await admin.SetCommentAsync(database, $"{ReadyMarker} (adopted)", cancellationToken);
        Log($"database '{database}' exists and is complete; using it");
    }

    private async Task<string> EnsureTemplateAsync(OdooTemplateKey key, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(templatesFolder, key.Hash);
        var keyFile = Path.Combine(folder, "key.txt");
        if (await admin.ExistsAsync(key.DatabaseName, cancellationToken))
        {
            if (File.Exists(keyFile))
            {
                if (store is not null && !store.Contains(key))
                {
                    await admin.UnsealAsync(key.DatabaseName, cancellationToken);
                    try
                    {
                        await SaveToStoreAsync(store, key, filestores.OfTemplate(key.Hash), cancellationToken);
                    }
                    finally
                    {
                        await admin.SealAsTemplateAsync(key.DatabaseName, CancellationToken.None);
                    }
                }

                return key.DatabaseName;
            }

            // The filestore that belongs to it is gone: the template is incomplete, build it again.
            await admin.DropAsync(key.DatabaseName, cancellationToken);
        }

        var build = key.BuildDatabaseName;
        var buildFilestore = filestores.OfDatabase(build);
        await admin.DropAsync(build, cancellationToken);
        await filestores.DeleteAsync(buildFilestore, cancellationToken);
        var started = time.GetTimestamp();
        var restored = store is not null && store.Contains(key) && await TryRestoreAsync(store, key, build, buildFilestore, cancellationToken);
        if (!restored)
        {
            Log($"initialising template database {key.DatabaseName} with {string.Join(',', key.Modules)} "
                + "(cold: no cached template for this Odoo version, module list and manifest versions)");
        }

        try
        {
            if (!restored)
            {
                await initialise(build, $"initialising template {key.DatabaseName} (cold)", cancellationToken);
            }

            await filestores.MoveAsync(buildFilestore, filestores.OfTemplate(key.Hash), cancellationToken);
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(keyFile, key.Text, cancellationToken);
            await admin.RenameAsync(build, key.DatabaseName, cancellationToken);
        }
        catch
        {
            // Never leave a half-made template behind: the next start builds it again from scratch.
            await admin.DropAsync(build, CancellationToken.None);
            await filestores.DeleteAsync(buildFilestore, CancellationToken.None);
            throw;
        }

        var outcome = restored
            ? $"template database {key.DatabaseName} restored in {Seconds(started)} s from the template store {store!.FolderFor(key)}"
            : $"template database {key.DatabaseName} initialised in {Seconds(started)} s (cold)";
        Log(outcome);
        await progress.ReportAsync("Template ready", outcome);
        if (store is not null && !restored)
        {
            await SaveToStoreAsync(store, key, filestores.OfTemplate(key.Hash), cancellationToken);
        }

        await admin.SealAsTemplateAsync(key.DatabaseName, cancellationToken);
        await DropSupersededAsync(key, cancellationToken);
        store?.DeleteSuperseded(key);
        return key.DatabaseName;
    }

    /// <summary>Templates an addon change made obsolete (<see cref="OdooTemplateKey.Supersedes"/>) go, with their filestore.</summary>
    private async Task DropSupersededAsync(OdooTemplateKey key, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(templatesFolder))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(templatesFolder))
        {
            var keyFile = Path.Combine(folder, "key.txt");
            if (!File.Exists(keyFile) || !key.Supersedes(await File.ReadAllTextAsync(keyFile, cancellationToken)))
            {
                continue;
            }

            var database = OdooTemplateKey.DatabasePrefix + Path.GetFileName(folder);
            if (await admin.ExistsAsync(database, cancellationToken))
            {
                await admin.UnsealAsync(database, cancellationToken);
                await admin.DropAsync(database, cancellationToken);
            }

            await filestores.DeleteAsync(Path.GetDirectoryName(filestores.OfTemplate(Path.GetFileName(folder)))!, cancellationToken);
            OdooFilestore.Delete(folder);
            Log($"dropped template database {database}: superseded by {key.DatabaseName} (other manifest versions)");
        }
    }

    private async Task<bool> TryRestoreAsync(OdooTemplateStore store, OdooTemplateKey key, string build, string buildFilestore, CancellationToken cancellationToken)
    {
        await progress.ReportAsync("Restoring template", $"restoring template {key.DatabaseName} from the template store");
        try
        {
            await store.RestoreAsync(admin, key, build, buildFilestore, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or Npgsql.NpgsqlException)
        {
            await admin.DropAsync(build, CancellationToken.None);
            await filestores.DeleteAsync(buildFilestore, CancellationToken.None);
            // Kept, a damaged entry would cost every new data folder this failed restore; the install saves a new one.
            store.Delete(key);
            Log($"the template store entry {store.FolderFor(key)} could not be restored ({ex.Message}); installing instead, and replacing the entry");
            return false;
        }
    }

    /// <summary>Keeps the new template for other data folders; a failure only costs the next data folder an install.</summary>
    private async Task SaveToStoreAsync(OdooTemplateStore store, OdooTemplateKey key, string filestore, CancellationToken cancellationToken)
    {
        await progress.ReportAsync("Saving template", $"saving template {key.DatabaseName} to the template store");
        var started = time.GetTimestamp();
        try
        {
            await store.SaveAsync(admin, key, filestore, cancellationToken);
            Log($"template database {key.DatabaseName} saved to the template store {store.FolderFor(key)} in {Seconds(started)} s");
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Log($"the template could not be saved to the template store {store.Root} ({ex.Message}); other data folders will install again");
        }
    }

    private async Task CloneAsync(string template, OdooTemplateKey key, string database, CancellationToken cancellationToken)
    {
        await progress.ReportAsync("Cloning database", $"cloning database '{database}' from template {template}");
        var started = time.GetTimestamp();
        await admin.CloneAsync(template, database, cancellationToken);
        try
        {
            await filestores.CopyAsync(filestores.OfTemplate(key.Hash), filestores.OfDatabase(database), cancellationToken);
            await OdooDatabaseInspector.RenewIdentityAsync(admin, database, cancellationToken);
            await admin.SetCommentAsync(database, $"{ReadyMarker} (cloned from {template})", cancellationToken);
        }
        catch
        {
            await admin.DropAsync(database, CancellationToken.None);
            await filestores.DeleteAsync(filestores.OfDatabase(database), CancellationToken.None);
            throw;
        }

        var message = $"database '{database}' cloned from cached template {template} in {Seconds(started)} s";
        Log(message);
        await progress.ReportAsync("Database ready", message);
    }

    private async Task InitialiseInPlaceAsync(string database, IReadOnlyList<string> modules, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        Log($"initialising database '{database}' with {string.Join(',', modules)} (no template cache)");
        await initialise(database, $"initialising database '{database}'", cancellationToken);
        await admin.SetCommentAsync(database, ReadyMarker, cancellationToken);
        Log($"database '{database}' initialised in {Seconds(started)} s");
    }

    private string Seconds(long started) => time.GetElapsedTime(started).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);

    private void Log(string message) => progress.Info(message);
}
