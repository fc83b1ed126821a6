using Microsoft.AspNetCore.Http.Features;

namespace OdooAspire.Gateway.WebSockets;

/// <summary>The HTTP/2 websocket (extended CONNECT) counterpart of <see cref="MeteredUpgradeFeature"/>.</summary>
internal sealed class MeteredExtendedConnectFeature(IHttpExtendedConnectFeature inner, Func<Stream, Stream> wrap) : IHttpExtendedConnectFeature
{
    public bool IsExtendedConnect => inner.IsExtendedConnect;

    public string? Protocol => inner.Protocol;

    public async ValueTask<Stream> AcceptAsync() => wrap(await inner.AcceptAsync());
}
