using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OdooAspire.Gateway.WebSockets;

namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>Sums the websocket instruments of one gateway instance (its own meter factory), by instrument and direction.</summary>
internal sealed class GatewayMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new();

    public GatewayMetrics(GatewayInstance gateway)
    {
        var factory = gateway.App.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == WebSocketTelemetry.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var direction = string.Empty;
            foreach (var tag in tags)
            {
                if (tag.Key == WebSocketTelemetryTags.Direction)
                {
                    direction = "/" + tag.Value;
                }
            }

            _totals.AddOrUpdate(instrument.Name + direction, value, (_, total) => total + value);
        });
        _listener.Start();
    }

    public long Total(string instrument, string? direction = null) =>
        _totals.GetValueOrDefault(direction is null ? instrument : instrument + "/" + direction);

    public void Dispose() => _listener.Dispose();
}
