namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Where Odoo keeps the filestores of the databases and of the cached templates, and how they are copied: host
/// folders (Source and Simulator modes) or folders inside Odoo's volume (Container mode). A database copy needs its
/// filestore copied too. Copy and move replace a leftover target; a missing source leaves no target.
/// </summary>
internal interface IOdooFilestores
{
    string OfDatabase(string database);

    string OfTemplate(string templateHash);

    Task CopyAsync(string source, string target, CancellationToken cancellationToken);

    Task MoveAsync(string source, string target, CancellationToken cancellationToken);

    Task DeleteAsync(string folder, CancellationToken cancellationToken);
}
