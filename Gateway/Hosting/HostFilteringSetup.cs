using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using OdooAspire.Gateway.Options;

namespace OdooAspire.Gateway.Hosting;

/// <summary>Turns <see cref="GatewayOptions.ServerNames"/> into ASP.NET Core host filtering (400 for other hosts).</summary>
internal sealed class HostFilteringSetup(IOptions<GatewayOptions> options) : IPostConfigureOptions<HostFilteringOptions>
{
    public void PostConfigure(string? name, HostFilteringOptions filtering)
    {
        var serverNames = options.Value.ServerNames;
        if (serverNames.Count > 0)
        {
            filtering.AllowedHosts = [.. serverNames];
        }
    }
}
