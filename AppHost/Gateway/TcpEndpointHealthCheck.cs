using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OdooAspire.AppHost.Gateway;

/// <summary>
/// Healthy once the endpoint accepts a TCP connection. For the gateway's HTTPS endpoint: its certificate is the
/// user's (or a throwaway one) and need not be trusted by the AppHost, so an HTTPS request would fail where the
/// gateway is fine; the HTTP endpoint's check already proves the gateway answers.
/// </summary>
internal sealed class TcpEndpointHealthCheck(EndpointReference endpoint) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SocketException ex)
        {
            return HealthCheckResult.Unhealthy($"{endpoint.EndpointName} endpoint ({endpoint.Host}:{endpoint.Port}) refuses connections: {ex.SocketErrorCode}", ex);
        }
    }
}
