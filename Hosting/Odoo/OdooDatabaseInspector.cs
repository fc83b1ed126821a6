using Npgsql;
using OdooAspire.Hosting.Postgres;

namespace OdooAspire.Hosting.Odoo;

/// <summary>Reads and adjusts Odoo's own tables in a database: is it completely installed, and its identity.</summary>
internal static class OdooDatabaseInspector
{
    /// <summary>
    /// Why the database is not a completely initialised Odoo database, or null when it is: the module table exists,
    /// the named modules are installed and no module is half-way through an install or upgrade.
    /// </summary>
    public static async Task<string?> FindIncompletenessAsync(PostgresDatabaseAdmin admin, string database, IReadOnlyList<string> modules, CancellationToken cancellationToken)
    {
        await using var connection = await admin.OpenAsync(database, cancellationToken);
        await using (var table = new NpgsqlCommand("SELECT to_regclass('public.ir_module_module') IS NOT NULL", connection))
        {
            if (await table.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return "it has no Odoo module table (ir_module_module): Odoo's initialisation never completed";
            }
        }

        await using var states = new NpgsqlCommand(
            "SELECT name, state FROM ir_module_module WHERE name = ANY(@names) OR state IN ('to install', 'to upgrade')", connection);
        states.Parameters.AddWithValue("names", modules.ToArray());
        var problems = new List<string>();
        var installed = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await states.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var (name, state) = (reader.GetString(0), reader.GetString(1));
                if (state == "installed")
                {
                    installed.Add(name);
                }
                else
                {
                    problems.Add($"{name} is '{state}'");
                }
            }
        }

        problems.AddRange(modules.Where(m => !installed.Contains(m) && !problems.Any(p => p.StartsWith(m + " ", StringComparison.Ordinal)))
            .Select(m => $"{m} is not installed"));
        return problems.Count == 0 ? null : "its modules are not completely installed: " + string.Join(", ", problems);
    }

    /// <summary>
    /// Gives a clone its own identity, as Odoo's own database duplication does: a new database.uuid and
    /// database.secret (the key that signs sessions), and the clone's creation date.
    /// </summary>
    public static async Task RenewIdentityAsync(PostgresDatabaseAdmin admin, string database, CancellationToken cancellationToken)
    {
        await using var connection = await admin.OpenAsync(database, cancellationToken);
        await using var update = new NpgsqlCommand(
            "UPDATE ir_config_parameter SET value = gen_random_uuid()::text WHERE key IN ('database.uuid', 'database.secret');"
            + "UPDATE ir_config_parameter SET value = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') WHERE key = 'database.create_date'",
            connection);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }
}
