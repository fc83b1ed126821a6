namespace OdooAspire.GatewayBench;

/// <summary>The figures measured for one target (direct, gateway or nginx).</summary>
internal sealed record TargetResult(
    string Name,
    double WebSocketMessagesOne,
    double WebSocketMessagesEight,
    double RoundTripP50Micros,
    double RoundTripP99Micros,
    double HttpRequestsPerSecond,
    double? IdleKilobytesPerWebSocket,
    double? CpuMicrosPerWebSocketMessage,
    double? CpuMicrosPerHttpRequest);
