using Microsoft.AspNetCore.Http.Features;

namespace OdooAspire.Gateway.WebSockets;

/// <summary>Hands YARP the client's upgraded connection wrapped in a <see cref="MeteredUpgradeStream"/>.</summary>
internal sealed class MeteredUpgradeFeature(IHttpUpgradeFeature inner, Func<Stream, Stream> wrap) : IHttpUpgradeFeature
{
    public bool IsUpgradableRequest => inner.IsUpgradableRequest;

    public async Task<Stream> UpgradeAsync() => wrap(await inner.UpgradeAsync());
}
