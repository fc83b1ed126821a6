namespace OdooAspire.GatewayBench;

/// <summary>Where a target takes HTTP and websocket traffic, and the process whose memory is measured (none for direct).</summary>
internal sealed record BenchTarget(string Name, Uri HttpUrl, Uri WebSocketUrl, int? ProxyPid, bool IsDotNet = false);
