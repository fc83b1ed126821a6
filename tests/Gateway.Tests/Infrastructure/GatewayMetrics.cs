using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OdooAspire.Gateway.Errors;
using OdooAspire.Gateway.WebSockets;

namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>
/// Keeps the measurements of one gateway instance (its own meter factory): the websocket and upstream-error
/// instruments and ASP.NET Core's request metrics.
/// </summary>
internal sealed class GatewayMetrics : IDisposable
{
    public const string AspNetCoreHostingMeter = "Microsoft.AspNetCore.Hosting";

    private static readonly string[] Meters = [WebSocketTelemetry.MeterName, UpstreamErrorTelemetry.MeterName, AspNetCoreHostingMeter];
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<GatewayMeasurement> _measurements = new();
    private readonly SemaphoreSlim _recorded = new(0);

    public GatewayMetrics(GatewayInstance gateway)
    {
        var factory = gateway.App.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (Meters.Contains(instrument.Meter.Name) && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>The sum of a websocket instrument, in one direction (<c>client_to_odoo</c>, <c>odoo_to_client</c>) or both.</summary>
    public long Total(string instrument, string? direction = null) =>
        (long)(direction is null ? Sum(instrument) : Sum(instrument, (WebSocketTelemetryTags.Direction, direction)));

    /// <summary>The sum of the measurements of an instrument that carry every given tag.</summary>
    public double Sum(string instrument, params (string Key, object? Value)[] tags) =>
        Measurements(instrument).Where(m => tags.All(tag => Equals(m.Tags.GetValueOrDefault(tag.Key), tag.Value))).Sum(m => m.Value);

    public GatewayMeasurement[] Measurements(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument)];

    /// <summary>Waits, with the step timeout, until <paramref name="instrument"/> has <paramref name="count"/> measurements; returns them.</summary>
    public async Task<GatewayMeasurement[]> WaitForAsync(string instrument, int count)
    {
        using var deadline = new CancellationTokenSource(TestTimeouts.Step);
        while (Measurements(instrument).Length < count)
        {
            try
            {
                await _recorded.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"{instrument} has {Measurements(instrument).Length} measurements after {TestTimeouts.Step}, expected {count}");
            }
        }

        return Measurements(instrument);
    }

    // The semaphore is not disposed: a measurement in flight on a gateway thread may still release it.
    public void Dispose() => _listener.Dispose();

    private void Keep(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue(new GatewayMeasurement(instrument.Name, value, copy));
        _recorded.Release();
    }
}
