namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>
/// A bin folder with stand-ins for initdb and postgres that only answer <c>--version</c>: model tests locate
/// "binaries" without a PostgreSQL installation and without starting anything.
/// </summary>
internal sealed class FakePostgresBinaries : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public FakePostgresBinaries(int majorVersion = 15)
    {
        MajorVersion = majorVersion;
        foreach (var program in new[] { "initdb", "postgres" })
        {
            var path = System.IO.Path.Combine(Path, program);
            File.WriteAllText(path, $"#!/bin/sh\necho \"{program} (PostgreSQL) {majorVersion}.4\"\n");
            UnixPermissions.Set(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Path => _folder.Path;

    public int MajorVersion { get; }

    public void Dispose() => _folder.Dispose();
}
