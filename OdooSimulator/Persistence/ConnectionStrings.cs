using Npgsql;
using OdooAspire.OdooSimulator.Configuration;

namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>Npgsql connection strings derived from the odoo.conf db_* keys.</summary>
internal static class ConnectionStrings
{
    public static string For(SimulatorOptions options, string database)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new NpgsqlConnectionStringBuilder
        {
            Host = options.DbHost,
            Port = options.DbPort,
            Username = options.DbUser,
            Password = options.DbPassword,
            Database = database,
            ApplicationName = "OdooSimulator",
            Timeout = 10,
        }.ConnectionString;
    }
}
