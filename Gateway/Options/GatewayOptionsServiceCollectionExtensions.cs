using Microsoft.Extensions.Options;

namespace OdooAspire.Gateway.Options;

/// <summary>Binds and validates the gateway's option sections at start.</summary>
internal static class GatewayOptionsServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<OdooUpstreamOptions>, OdooUpstreamOptionsValidator>();
        services.AddSingleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>();
        services.AddOptions<OdooUpstreamOptions>()
            .Bind(configuration.GetSection(OdooUpstreamOptions.SectionName))
            .ValidateOnStart();
        services.AddOptions<GatewayOptions>()
            .Bind(configuration.GetSection(GatewayOptions.SectionName))
            .ValidateOnStart();
        return services;
    }
}
