using System.Diagnostics.Metrics;
using System.Globalization;
using Yarp.ReverseProxy.Forwarder;

namespace OdooAspire.Gateway.Errors;

/// <summary>
/// Counts requests Odoo failed: forwarding errors on Odoo's side (refused, reset, timed out, no destination)
/// and Odoo's own 502/503/504. What clients do (cancel, disconnect) and idle websockets dropped are not Odoo's failures.
/// </summary>
internal sealed class UpstreamErrorTelemetry : IDisposable
{
    public const string MeterName = "OdooAspire.Gateway.Upstream";
    public const string ErrorsName = "odooaspire.gateway.upstream.errors";

    /// <summary>The forwarder error (<c>Request</c>, <c>RequestTimedOut</c>, ...) or the status Odoo answered (<c>502</c>).</summary>
    public const string ErrorTypeTag = "error.type";

    /// <summary>The YARP cluster, i.e. which of Odoo's ports: <c>odoo-http</c> or <c>odoo-gevent</c>.</summary>
    public const string ClusterTag = "odooaspire.gateway.cluster";

    private readonly Meter _meter;
    private readonly Counter<long> _errors;

    public UpstreamErrorTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _errors = _meter.CreateCounter<long>(ErrorsName, "{error}", "Requests Odoo failed: forwarding errors on Odoo's side and Odoo's own 502/503/504, by error.type.");
    }

    public void ForwardingFailed(ForwarderError error, string? cluster)
    {
        if (IsOdoosFault(error))
        {
            Add(error.ToString(), cluster);
        }
    }

    public void OdooFailed(int statusCode, string? cluster) => Add(statusCode.ToString(CultureInfo.InvariantCulture), cluster);

    private void Add(string errorType, string? cluster) =>
        _errors.Add(1, new KeyValuePair<string, object?>(ErrorTypeTag, errorType), new KeyValuePair<string, object?>(ClusterTag, cluster));

    private static bool IsOdoosFault(ForwarderError error) => error is not (ForwarderError.None
        or ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled or ForwarderError.RequestBodyClient
        or ForwarderError.ResponseBodyCanceled or ForwarderError.ResponseBodyClient
        or ForwarderError.UpgradeRequestCanceled or ForwarderError.UpgradeRequestClient
        or ForwarderError.UpgradeResponseCanceled or ForwarderError.UpgradeResponseClient
        or ForwarderError.UpgradeActivityTimeout);

    public void Dispose() => _meter.Dispose();
}
