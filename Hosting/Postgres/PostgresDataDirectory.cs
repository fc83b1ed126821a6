using System.Globalization;

namespace OdooAspire.Hosting.Postgres;

/// <summary>
/// The folders of one local server: <c>DataPath/postgres/name</c>, holding the cluster (<c>data</c>) and its sockets
/// (<c>run</c>). The layout is the one earlier versions used, so existing data folders keep their databases.
/// </summary>
internal sealed record PostgresDataDirectory(string DataPath, string ServerName)
{
    public string Root => Path.Combine(DataPath, "postgres", ServerName);

    public string Data => Path.Combine(Root, "data");

    public string Sockets => Path.Combine(Root, "run");

    public bool IsInitialised => File.Exists(Path.Combine(Data, "PG_VERSION"));

    /// <summary>
    /// Refuses a data folder written by another major version, and anything that is not a data folder.
    /// Never deletes or changes it.
    /// </summary>
    public void EnsureCompatible(int binaryMajorVersion)
    {
        if (!IsInitialised)
        {
            if (Directory.Exists(Data) && Directory.EnumerateFileSystemEntries(Data).Any())
            {
                throw new InvalidOperationException(
                    $"'{Data}' is not empty but is not a PostgreSQL data folder (no PG_VERSION). Nothing was changed: "
                    + "move it away or point DataPath elsewhere.");
            }

            return;
        }

        var text = File.ReadAllText(Path.Combine(Data, "PG_VERSION")).Trim();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var dataVersion) || dataVersion != binaryMajorVersion)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL data folder '{Data}' was created by PostgreSQL {text}, but the server binaries are "
                + $"PostgreSQL {binaryMajorVersion}. Nothing was deleted. Either install PostgreSQL {text} (and set "
                + $"Postgres:BinDirectory), upgrade the folder with pg_upgrade, or set DataPath to another folder.");
        }
    }
}
