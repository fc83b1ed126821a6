namespace OdooAspire.Hosting.Odoo;

/// <summary>The values of the generated odoo.conf.</summary>
internal sealed record OdooServerConfig(
    int HttpPort,
    int GeventPort,
    int Workers,
    string DbHost,
    int DbPort,
    string DbUser,
    string DbPassword,
    string Database,
    string AdminPassword,
    string DataDirectory)
{
    public string HttpInterface { get; init; } = "127.0.0.1";

    /// <summary>The addons folders in Odoo's search order; no <c>addons_path</c> line when empty (Odoo's default).</summary>
    public IReadOnlyList<string> AddonsPaths { get; init; } = [];

    public int MaxCronThreads { get; init; } = 1;

    public bool WithoutDemo { get; init; } = true;

    public string LogLevel { get; init; } = "info";

    /// <summary>The user's raw options (<c>Odoo:Options</c>), already checked by <see cref="OdooConfOverrides"/>.</summary>
    public IReadOnlyDictionary<string, string> Overrides { get; init; } = new Dictionary<string, string>();
}
