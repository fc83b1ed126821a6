using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OdooAspire.OdooSimulator.Configuration;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.Persistence;
using OdooAspire.OdooSimulator.WebSockets;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>
/// <c>/websocket</c> as Odoo serves it: werkzeug's 400 without an upgrade, the handshake checks, the
/// "Couldn't bind the websocket" 500 on a multi-process HTTP worker, then the bus session.
/// </summary>
internal sealed partial class BusWebSocketEndpoint(
    SimulatorOptions options,
    BusSocketServices services,
    IHostApplicationLifetime lifetime,
    ILogger<BusWebSocketEndpoint> logger)
{
    public const string Path = "/websocket";

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Request.Headers;
        if (!WebSocketHandshake.IsUpgradeRequest(headers))
        {
            await ErrorPages.WriteAsync(context, 400, "The browser (or proxy) sent a request that this server could not understand.");
            return;
        }

        var downgrade = options.PublicSameSiteWebsocket && !OriginMatchesHost(context.Request);
        var handshake = WebSocketHandshake.Validate(headers);
        if (!handshake.IsValid)
        {
            LogHandshakeRejected(handshake.StatusCode, handshake.Description);
            if (handshake.StatusCode == 426)
            {
                context.Response.Headers.SecWebSocketVersion = WebSocketHandshake.SupportedVersion;
            }

            await ErrorPages.WriteAsync(context, handshake.StatusCode, handshake.Description);
            return;
        }

        var upgrade = context.Features.Get<IHttpUpgradeFeature>();
        if (options.IsMultiProcess && ListenerRoles.Of(context) == ListenerRole.Http || upgrade is not { IsUpgradableRequest: true })
        {
            var error = $"Couldn't bind the websocket. Is the connection opened on the evented port ({options.GeventPort})?";
            // Like Odoo: the reason goes to the log, the answer is werkzeug's generic 500 page.
            LogCannotBind(error);
            await ErrorPages.WriteAsync(context, 500, ErrorPages.InternalServerErrorDescription);
            return;
        }

        var identity = await services.Database.InTransactionAsync(
            async scope =>
            {
                var resolved = await RequestIdentityResolver.ResolveAsync(scope, context.Request, context.RequestAborted);
                if (!downgrade)
                {
                    return resolved;
                }

                LogDowngrading(context.Request.Host.Value ?? string.Empty, headers.Origin.ToString(), context.Request.Scheme);
                return resolved with { Session = await SessionStore.CreateAsync(scope, null, context.RequestAborted), SessionIsNew = true, User = null };
            },
            context.RequestAborted);
        if (identity.SessionIsNew && !downgrade)
        {
            OdooCookies.SetSession(context.Response, identity.Session);
        }

        context.Response.Headers.Upgrade = "websocket";
        context.Response.Headers.Connection = "Upgrade";
        context.Response.Headers.SecWebSocketAccept = handshake.AcceptKey;
        var stream = await upgrade.UpgradeAsync();
        var outdated = BrowserUserAgent.IsBrowser(headers.UserAgent.ToString())
            && !string.Equals(context.Request.Query["version"].ToString(), services.Profile.BusVersion, StringComparison.Ordinal);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        using var session = new BusSocketSession(stream, new SocketIdentity(identity.User, identity.Guest), services, context.Abort);
        await session.RunAsync(outdated, stop.Token);
    }

    // Compares the Origin's "scheme://netloc" with the request's scheme and Host header, exactly (no normalisation), as Odoo does.
    private static bool OriginMatchesHost(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        var separator = origin.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0)
        {
            return false;
        }

        var rest = origin[(separator + 3)..];
        var netloc = rest.IndexOfAny(['/', '?', '#']) is var end and >= 0 ? rest[..end] : rest;
        return string.Equals(origin[..separator], request.Scheme, StringComparison.Ordinal)
            && string.Equals(netloc, request.Host.Value, StringComparison.Ordinal);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "OdooSimulator websocket handshake refused ({StatusCode}): {Description}")]
    private partial void LogHandshakeRejected(int statusCode, string description);

    [LoggerMessage(Level = LogLevel.Error, Message = "OdooSimulator (multi-process HTTP worker): {Error}")]
    private partial void LogCannotBind(string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OdooSimulator: Downgrading websocket session. Host={Host}, Origin={Origin}, Scheme={Scheme}.")]
    private partial void LogDowngrading(string host, string origin, string scheme);
}
