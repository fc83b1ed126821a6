using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;
using OdooAspire.Gateway.Options;

namespace OdooAspire.Gateway.Hosting;

/// <summary>HSTS max-age and the HTTPS redirect port from <see cref="GatewayOptions"/>.</summary>
internal sealed class TransportSecuritySetup(IOptions<GatewayOptions> options) : IConfigureOptions<HstsOptions>, IConfigureOptions<HttpsRedirectionOptions>
{
    public void Configure(HstsOptions hsts)
    {
        hsts.MaxAge = options.Value.HstsMaxAge;
        hsts.IncludeSubDomains = false;
    }

    public void Configure(HttpsRedirectionOptions redirection)
    {
        redirection.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
        redirection.HttpsPort = options.Value.HttpsPort;
    }
}
