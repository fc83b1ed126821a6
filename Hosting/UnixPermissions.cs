namespace OdooAspire.Hosting;

/// <summary>File modes; the host runs on Linux and macOS only (process groups, signals, file modes).</summary>
internal static class UnixPermissions
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static UnixFileMode Get(string path) =>
        OperatingSystem.IsWindows() ? throw NotSupported() : File.GetUnixFileMode(path);

    public static void Set(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            throw NotSupported();
        }

        File.SetUnixFileMode(path, mode);
    }

    /// <summary>Creates (or truncates) a file readable and writable by its owner only.</summary>
    public static FileStream CreatePrivateFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw NotSupported();
        }

        var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
        File.SetUnixFileMode(path, OwnerOnly);
        return stream;
    }

    private static PlatformNotSupportedException NotSupported() => new("The host runs on Linux and macOS.");
}
