using System.Diagnostics;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace OdooAspire.Gateway.Errors;

/// <summary>
/// Runs in YARP's proxy pipeline: when forwarding failed (refused, reset, timed out) or Odoo answered
/// 502/503/504, logs, traces and counts the failure and gives the client the page or JSON error, never a stack trace.
/// </summary>
internal sealed partial class UpstreamErrorMiddleware(RequestDelegate next, UpstreamErrorTelemetry telemetry, ILogger<UpstreamErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        var failure = context.Features.Get<GatewayFailure>();
        var error = context.Features.Get<IForwarderErrorFeature>();
        if (failure is null && error is not null && error.Error != ForwarderError.None)
        {
            failure = FromForwarderError(context, error);
            LogForwardingFailed(logger, error.Error, context.Request.Method, context.Request.Path, error.Exception?.GetBaseException().Message);
            telemetry.ForwardingFailed(error.Error, Cluster(context));
        }
        else if (failure is not null)
        {
            LogOdooFailed(logger, failure.StatusCode, context.Request.Method, context.Request.Path);
            telemetry.OdooFailed(failure.StatusCode, Cluster(context));
        }

        if (failure is null)
        {
            return;
        }

        if (Activity.Current is { } activity)
        {
            activity.SetStatus(ActivityStatusCode.Error, failure.Reason);
            activity.SetTag("odooaspire.gateway.failure", failure.Reason);
        }

        if (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested && IsClientStillWaiting(error))
        {
            await GatewayErrorWriter.WriteAsync(context, failure);
        }
    }

    private static GatewayFailure FromForwarderError(HttpContext context, IForwarderErrorFeature error)
    {
        var status = error.Error switch
        {
            ForwarderError.RequestTimedOut => StatusCodes.Status504GatewayTimeout,
            ForwarderError.NoAvailableDestinations => StatusCodes.Status503ServiceUnavailable,
            _ when context.Response.StatusCode >= 500 => context.Response.StatusCode,
            _ => StatusCodes.Status502BadGateway,
        };
        return new GatewayFailure(status, $"Forwarding to Odoo failed: {error.Error}");
    }

    private static string? Cluster(HttpContext context) => context.Features.Get<IReverseProxyFeature>()?.Cluster.Config.ClusterId;

    private static bool IsClientStillWaiting(IForwarderErrorFeature? error) =>
        error?.Error is not (ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled or ForwarderError.RequestBodyClient
            or ForwarderError.UpgradeRequestCanceled or ForwarderError.UpgradeRequestClient or ForwarderError.UpgradeResponseClient);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forwarding {Method} {Path} to Odoo failed ({Error}): {Detail}")]
    private static partial void LogForwardingFailed(ILogger logger, ForwarderError error, string method, PathString path, string? detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Odoo answered {StatusCode} to {Method} {Path}; the client gets the gateway's error page")]
    private static partial void LogOdooFailed(ILogger logger, int statusCode, string method, PathString path);
}
