namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// The OdooSimulator project in Odoo's place: it speaks Odoo's bus and LiveChat wire protocol with Odoo's topology
/// (HTTP workers, gevent port) for the gateway and the tests. It is not Odoo.
/// </summary>
public sealed class OdooSimulatorResource(string name, OdooOptions options, OdooModeDecision modeDecision, OdooSecrets secrets, string dataFolder)
    : ProjectResource(name), IOdooResource
{
    public OdooOptions Options { get; } = options;

    public OdooModeDecision ModeDecision { get; } = modeDecision;

    public ParameterResource AdminPassword { get; } = secrets.AdminPassword;

    public ParameterResource DatabasePassword { get; } = secrets.DatabasePassword;

    public string DataFolder { get; } = dataFolder;
}
