namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Odoo from the official image (<c>odoo:&lt;version&gt;</c>): the generated odoo.conf mounted at
/// /etc/odoo/odoo.conf, a named volume for /var/lib/odoo, the user's addons folders under /mnt/extra-addons.
/// </summary>
public sealed class OdooContainerResource(string name, OdooOptions options, OdooModeDecision modeDecision, OdooSecrets secrets, string dataFolder)
    : ContainerResource(name), IOdooResource
{
    public OdooOptions Options { get; } = options;

    public OdooModeDecision ModeDecision { get; } = modeDecision;

    public ParameterResource AdminPassword { get; } = secrets.AdminPassword;

    public ParameterResource DatabasePassword { get; } = secrets.DatabasePassword;

    public string DataFolder { get; } = dataFolder;
}
