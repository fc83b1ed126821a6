namespace OdooAspire.Hosting;

/// <summary>Finds where the environment keeps its state when <c>DataPath</c> is not configured.</summary>
internal static class DataPathResolver
{
    private const string FolderName = "odooaspire";

    /// <summary>
    /// $XDG_DATA_HOME/odooaspire or ~/.local/share/odooaspire. As root, /var/lib/odooaspire: PostgreSQL
    /// then runs as the unprivileged postgres user, which cannot enter root's home.
    /// </summary>
    public static string Default(string? xdgDataHome, bool isRoot)
    {
        if (isRoot)
        {
            return Path.Combine("/var/lib", FolderName);
        }

        var baseDirectory = string.IsNullOrEmpty(xdgDataHome)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : xdgDataHome;
        return Path.Combine(baseDirectory, FolderName);
    }
}
