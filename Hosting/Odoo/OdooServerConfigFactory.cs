namespace OdooAspire.Hosting.Odoo;

/// <summary>The odoo.conf values of a run, as the Odoo process sees the world (on the host or in a container).</summary>
internal static class OdooServerConfigFactory
{
    /// <summary>Odoo on the host: its allocated ports on 127.0.0.1, PostgreSQL at its host address.</summary>
    public static OdooServerConfig ForHost(
        IOdooResource odoo, OdooDatabaseLogin database, int httpPort, int geventPort, string adminPassword, IReadOnlyList<string> addonsPaths) =>
        Create(odoo, database, httpPort, geventPort, adminPassword, Path.Combine(odoo.DataFolder, "data"), addonsPaths) with { HttpInterface = "127.0.0.1" };

    /// <summary>Odoo in a container: the image's ports on every interface of the container, PostgreSQL by name.</summary>
    public static OdooServerConfig ForContainer(IOdooResource odoo, OdooDatabaseLogin database, string adminPassword, IReadOnlyList<string> addonsPaths) =>
        Create(odoo, database, OdooContainer.HttpPort, OdooContainer.GeventPort, adminPassword, OdooContainer.DataDirectory, addonsPaths) with { HttpInterface = "0.0.0.0" };

    private static OdooServerConfig Create(
        IOdooResource odoo, OdooDatabaseLogin database, int httpPort, int geventPort, string adminPassword, string dataDirectory, IReadOnlyList<string> addonsPaths) =>
        new(httpPort, geventPort, odoo.Options.Workers, database.Host, database.Port, database.User, database.Password, odoo.Options.Database, adminPassword, dataDirectory)
        {
            AddonsPaths = addonsPaths,
            MaxCronThreads = odoo.Options.MaxCronThreads,
            WithoutDemo = odoo.Options.WithoutDemo,
            LogLevel = odoo.Options.LogLevel,
            Overrides = odoo.Options.Options,
        };
}
