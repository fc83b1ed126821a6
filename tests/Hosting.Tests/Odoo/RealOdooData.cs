using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo;

/// <summary>
/// One DataPath (one PostgreSQL cluster) and one template store shared by the real-Odoo tests of a class, so only the
/// first start pays for Odoo's install; removed afterwards.
/// </summary>
public sealed class RealOdooData : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public RealOdooData()
    {
        // The data folders sit one level down: the postgres OS account must be able to pass through this one.
        UnixPermissions.Set(_root.Path, UnixPermissions.Get(_root.Path) | UnixFileMode.OtherExecute);
    }

    public string Path => System.IO.Path.Combine(_root.Path, "data");

    public string TemplateStore => System.IO.Path.Combine(_root.Path, "templates");

    /// <summary>Another data folder (another cluster) using the same template store.</summary>
    public string OtherDataPath(string name) => System.IO.Path.Combine(_root.Path, name);

    public void Dispose() => _root.Dispose();
}
