using System.Globalization;
using System.Text;

namespace OdooAspire.GatewayBench;

/// <summary>Prints the comparison table and the summary line scripts read (always last).</summary>
internal static class ResultTable
{
    public static string Render(IReadOnlyList<TargetResult> results, int idleConnections)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{"target",-8} {"ws-msgs/s (1 conn)",19} {"ws-msgs/s (8 conn)",19} {"ws-rtt p50 µs",14} {"ws-rtt p99 µs",14} {"http req/s",11} {$"KB/idle ws ({idleConnections})",18} {"CPU µs/ws msg",14} {"CPU µs/req",11}");
        foreach (var r in results)
        {
            var idle = Optional(r.IdleKilobytesPerWebSocket);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{r.Name,-8} {r.WebSocketMessagesOne,19:F0} {r.WebSocketMessagesEight,19:F0} {r.RoundTripP50Micros,14:F0} {r.RoundTripP99Micros,14:F0} {r.HttpRequestsPerSecond,11:F0} {idle,18} " +
                $"{Optional(r.CpuMicrosPerWebSocketMessage),14} {Optional(r.CpuMicrosPerHttpRequest),11}");
        }

        return text.ToString();
    }

    // CPU µs per operation is the proxy's own CPU time (process and children) over the measured run, 8-connection
    // echo for websockets; "-" for direct, where no proxy runs.
    private static string Optional(double? value) => value is { } v ? v.ToString("F1", CultureInfo.InvariantCulture) : "-";

    /// <summary>One proxy against nginx; the gateway's line is printed last, the one scripts read.</summary>
    public static string SummaryLine(string name, TargetResult gateway, TargetResult nginx) => string.Create(CultureInfo.InvariantCulture,
        $"{name}/nginx ws-msgs {gateway.WebSocketMessagesEight / nginx.WebSocketMessagesEight:F2} ws-p99 {gateway.RoundTripP99Micros / nginx.RoundTripP99Micros:F2} " +
        $"http-rps {gateway.HttpRequestsPerSecond / nginx.HttpRequestsPerSecond:F2} idle-ws-kb {gateway.IdleKilobytesPerWebSocket:F0}/{nginx.IdleKilobytesPerWebSocket:F0}");
}
