namespace OdooAspire.Hosting.Odoo;

/// <summary>Filestores in host folders: data_dir/filestore/&lt;database&gt; and, per template, &lt;templates&gt;/&lt;hash&gt;/filestore.</summary>
internal sealed class HostFilestores(string dataDirectory, string templatesFolder) : IOdooFilestores
{
    public string OfDatabase(string database) => OdooFilestore.For(dataDirectory, database);

    public string OfTemplate(string templateHash) => Path.Combine(templatesFolder, templateHash, "filestore");

    public Task CopyAsync(string source, string target, CancellationToken cancellationToken)
    {
        OdooFilestore.Copy(source, target);
        return Task.CompletedTask;
    }

    public Task MoveAsync(string source, string target, CancellationToken cancellationToken)
    {
        OdooFilestore.Move(source, target);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string folder, CancellationToken cancellationToken)
    {
        OdooFilestore.Delete(folder);
        return Task.CompletedTask;
    }
}
