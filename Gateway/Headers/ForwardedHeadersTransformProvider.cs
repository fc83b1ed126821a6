using Microsoft.Extensions.Options;
using OdooAspire.Gateway.Options;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace OdooAspire.Gateway.Headers;

/// <summary>
/// The headers Odoo's <c>proxy_mode</c> needs, on every route, as the usual nginx configuration sends them:
/// X-Forwarded-Host = the client's Host with its port, X-Forwarded-For with the client appended,
/// X-Forwarded-Proto = the client's scheme, X-Real-IP = the client. Origin is copied untouched.
/// </summary>
/// <remarks>
/// The Host header to Odoo stays the client's (<see cref="GatewayOptions.PreserveHost"/>), so Odoo builds
/// the same URLs with or without proxy_mode, and its same-site websocket check compares Origin with the
/// host the browser used.
/// </remarks>
internal sealed class ForwardedHeadersTransformProvider(IOptions<GatewayOptions> options) : ITransformProvider
{
    public void ValidateRoute(TransformRouteValidationContext context)
    {
    }

    public void ValidateCluster(TransformClusterValidationContext context)
    {
    }

    public void Apply(TransformBuilderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.UseDefaultForwarders = false;
        context.AddXForwardedFor(ForwardedHeaderNames.ForwardedFor, ForwardedTransformActions.Append);
        context.AddXForwardedHost(ForwardedHeaderNames.ForwardedHost, ForwardedTransformActions.Set);
        context.AddXForwardedProto(ForwardedHeaderNames.ForwardedProto, ForwardedTransformActions.Set);
        context.RequestTransforms.Add(new RealIpTransform());
        context.AddOriginalHost(options.Value.PreserveHost);
    }
}
