using System.Net;

namespace OdooAspire.Dashboard.Security;

/// <summary>Decides whether a remote address is this machine's loopback (IPv4, IPv6 or IPv4-mapped IPv6).</summary>
internal static class LoopbackAddress
{
    public static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
