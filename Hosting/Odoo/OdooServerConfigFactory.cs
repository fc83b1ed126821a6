using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Postgres;

namespace OdooAspire.Hosting.Odoo;

/// <summary>The odoo.conf values of a run, as the Odoo process sees the world (on the host or in a container).</summary>
internal static class OdooServerConfigFactory
{
    /// <summary>Odoo on the host: the allocated ports on 127.0.0.1, PostgreSQL at its host address.</summary>
    public static OdooServerConfig ForHost(OdooResource odoo, PostgresServerResource postgres, string dataDirectory, IReadOnlyList<string> addonsPaths) =>
        Create(odoo, postgres, ValueResolutionContext.Host, odoo.HttpEndpoint.Allocated.TargetPort, odoo.WebsocketEndpoint.Allocated.TargetPort, dataDirectory, addonsPaths)
            with { HttpInterface = "127.0.0.1" };

    /// <summary>Odoo in a container: the image's ports on every interface of the container, PostgreSQL by name.</summary>
    public static OdooServerConfig ForContainer(OdooResource odoo, PostgresServerResource postgres, IReadOnlyList<string> addonsPaths) =>
        Create(odoo, postgres, new ValueResolutionContext(ConsumerIsContainer: true), OdooContainer.HttpPort, OdooContainer.GeventPort, OdooContainer.DataDirectory, addonsPaths)
            with { HttpInterface = "0.0.0.0" };

    private static OdooServerConfig Create(
        OdooResource odoo, PostgresServerResource postgres, ValueResolutionContext context, int httpPort, int geventPort, string dataDirectory, IReadOnlyList<string> addonsPaths)
    {
        var (dbHost, dbPort) = postgres.AddressFor(context);
        return new OdooServerConfig(
            httpPort,
            geventPort,
            odoo.Options.Workers,
            dbHost,
            dbPort,
            postgres.ApplicationUser,
            postgres.ApplicationPassword.Value,
            odoo.Options.Database,
            odoo.AdminPassword.Value,
            dataDirectory)
        {
            AddonsPaths = addonsPaths,
            MaxCronThreads = odoo.Options.MaxCronThreads,
            WithoutDemo = odoo.Options.WithoutDemo,
            LogLevel = odoo.Options.LogLevel,
            Overrides = odoo.Options.Options,
        };
    }
}
