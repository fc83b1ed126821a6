using System.Security.Cryptography;
using System.Text;

namespace OdooAspire.Hosting.Postgres;

/// <summary>The named volume of container mode: one per server and DataPath, so each environment keeps its own data.</summary>
internal static class PostgresContainerVolume
{
    /// <summary><c>odooaspire-{name}-{first 8 hex digits of sha256(DataPath)}</c>, the name earlier versions used.</summary>
    public static string Name(string serverName, string dataPath) =>
        $"odooaspire-{serverName}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataPath))))[..8]}";
}
