using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo.Fixtures;

/// <summary>A fake addons folder: modules with just a __manifest__.py, as Odoo lays them out.</summary>
internal sealed class AddonsTree : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public string Path => _root.Path;

    public AddonsTree Module(string name, string manifest)
    {
        var folder = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(System.IO.Path.Combine(folder, "__manifest__.py"), manifest);
        return this;
    }

    public void Dispose() => _root.Dispose();
}
