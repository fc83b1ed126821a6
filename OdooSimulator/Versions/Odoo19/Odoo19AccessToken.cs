using System.Security.Cryptography;
using System.Text;

namespace OdooAspire.OdooSimulator.Versions.Odoo19;

/// <summary>
/// The field access tokens of Odoo 19's stores (<c>avatar_128_access_token</c>, <c>im_status_access_token</c>,
/// <c>mention_token</c>). Odoo signs them as <c>&lt;hmac&gt;o0x&lt;expiry&gt;</c>; the simulator only needs stable,
/// opaque tokens of the same form that it can check again when a client presents one.
/// </summary>
internal static class Odoo19AccessToken
{
    public static string For(string field, string model, int id)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"OdooSimulator:{model}:{id}:{field}"));
        return $"{Convert.ToHexStringLower(hash)}o0x{Convert.ToHexStringLower(hash.AsSpan(0, 4))}";
    }

    public static bool IsValid(string? token, string field, string model, int id) =>
        token is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(For(field, model, id)));
}
