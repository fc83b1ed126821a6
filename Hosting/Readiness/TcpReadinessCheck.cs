using System.Net.Sockets;
using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Readiness;

/// <summary>Ready when a TCP connection to the endpoint succeeds.</summary>
internal sealed class TcpReadinessCheck(EndpointReference endpoint) : IReadinessCheck
{
    public string Description => $"TCP connect to endpoint '{endpoint.EndpointName}'";

    public async Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var allocated = endpoint.Allocated;
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(allocated.Host, allocated.Port, cancellationToken);
            return ReadinessResult.Ready;
        }
        catch (SocketException ex)
        {
            return ReadinessResult.NotReady($"{allocated.Host}:{allocated.Port}: {ex.SocketErrorCode}");
        }
    }
}
