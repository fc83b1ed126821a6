namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>An isolated folder under the temp folder, removed on dispose.</summary>
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
            // A process that was killed may still be releasing a file; the temp folder is cleaned eventually.
        }
        catch (UnauthorizedAccessException)
        {
            // Files owned by another account (the postgres one) are left to the temp folder's cleaning.
        }
    }
}
