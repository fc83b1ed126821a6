namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>One measurement a gateway's instrument recorded, with its tags.</summary>
internal sealed record GatewayMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
