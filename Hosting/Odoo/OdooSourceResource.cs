namespace OdooAspire.Hosting.Odoo;

/// <summary>Odoo from a local source tree: <c>python3 odoo-bin -c odoo.conf -d database</c>.</summary>
public sealed class OdooSourceResource(string name, OdooOptions options, OdooModeDecision modeDecision, OdooSecrets secrets, string dataFolder)
    : ExecutableResource(name, options.Python, Path.GetFullPath(options.SourcePath ?? ".")), IOdooResource
{
    public OdooOptions Options { get; } = options;

    public OdooModeDecision ModeDecision { get; } = modeDecision;

    public ParameterResource AdminPassword { get; } = secrets.AdminPassword;

    public ParameterResource DatabasePassword { get; } = secrets.DatabasePassword;

    public string DataFolder { get; } = dataFolder;

    /// <summary>The tree's odoo-bin.</summary>
    public string OdooBin => Path.Combine(WorkingDirectory, "odoo-bin");
}
