namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Filestores inside Odoo's volume (Container mode), handled by a short-lived container of the Odoo image that
/// mounts the volume: /var/lib/odoo/filestore/&lt;database&gt; and /var/lib/odoo/odooaspire-templates/&lt;hash&gt;/filestore.
/// Paths reach the shell as positional parameters, never spliced into the script.
/// </summary>
internal sealed class VolumeFilestores(Func<IReadOnlyList<string>, CancellationToken, Task> runInVolume) : IOdooFilestores
{
    public const string TemplatesFolder = OdooContainer.DataDirectory + "/odooaspire-templates";

    public string OfDatabase(string database) => $"{OdooContainer.DataDirectory}/filestore/{database}";

    public string OfTemplate(string templateHash) => $"{TemplatesFolder}/{templateHash}/filestore";

    public Task CopyAsync(string source, string target, CancellationToken cancellationToken) =>
        RunAsync("""rm -rf "$2"; if [ -d "$1" ]; then mkdir -p "$(dirname "$2")" && cp -a "$1" "$2"; fi""", [source, target], cancellationToken);

    public Task MoveAsync(string source, string target, CancellationToken cancellationToken) =>
        RunAsync("""rm -rf "$2"; if [ -d "$1" ]; then mkdir -p "$(dirname "$2")" && mv "$1" "$2"; fi""", [source, target], cancellationToken);

    public Task DeleteAsync(string folder, CancellationToken cancellationToken) =>
        RunAsync("""rm -rf "$1" """, [folder], cancellationToken);

    /// <summary>The command line of one operation: <c>sh -c script sh paths…</c>.</summary>
    internal static IReadOnlyList<string> Command(string script, IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            if (!path.StartsWith(OdooContainer.DataDirectory + "/", StringComparison.Ordinal) || path.Contains("/../", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{path}' is not a folder inside {OdooContainer.DataDirectory}.", nameof(paths));
            }
        }

        return ["sh", "-c", "set -e; " + script.Trim(), "sh", .. paths];
    }

    private Task RunAsync(string script, IReadOnlyList<string> paths, CancellationToken cancellationToken) => runInVolume(Command(script, paths), cancellationToken);
}
