using Yarp.ReverseProxy.Transforms;

namespace OdooAspire.Gateway.Errors;

/// <summary>
/// When Odoo itself answers 502, 503 or 504 (a worker died, the server is restarting), the client gets the
/// gateway's page or JSON error with the same status instead of Odoo's or werkzeug's bare body.
/// </summary>
internal sealed class OdooErrorStatusTransform : ResponseTransform
{
    public override ValueTask ApplyAsync(ResponseTransformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = (int?)context.ProxyResponse?.StatusCode;
        if (status is StatusCodes.Status502BadGateway or StatusCodes.Status503ServiceUnavailable or StatusCodes.Status504GatewayTimeout)
        {
            context.SuppressResponseBody = true;
            context.HttpContext.Features.Set(new GatewayFailure(status.Value, $"Odoo answered {status.Value}"));
        }

        return ValueTask.CompletedTask;
    }
}
