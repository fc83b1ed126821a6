namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>A request as the fake Odoo saw it.</summary>
internal sealed record RecordedRequest(string Port, string Method, string Path, IReadOnlyDictionary<string, string> Headers);
