using System.Net;
using Yarp.ReverseProxy.Transforms;

namespace OdooAspire.Gateway.Headers;

/// <summary>Sets X-Real-IP to the client's address, replacing whatever the client sent (nginx <c>$remote_addr</c>).</summary>
internal sealed class RealIpTransform : RequestTransform
{
    public override ValueTask ApplyAsync(RequestTransformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RemoveHeader(context, ForwardedHeaderNames.RealIp);
        var address = ClientAddress(context.HttpContext.Connection.RemoteIpAddress);
        if (address is not null)
        {
            AddHeader(context, ForwardedHeaderNames.RealIp, address);
        }

        return ValueTask.CompletedTask;
    }

    public static string? ClientAddress(IPAddress? address) =>
        address is null ? null : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
