namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>An isolated folder under /tmp, removed on dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = Directory.CreateTempSubdirectory("odooaspire-test-").FullName;
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that was killed may still be releasing a file; /tmp is cleaned eventually.
        }
        catch (UnauthorizedAccessException)
        {
            // Files owned by another user (the postgres account) are left to /tmp cleaning.
        }
    }
}
