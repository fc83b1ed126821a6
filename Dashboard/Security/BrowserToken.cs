using System.Security.Cryptography;
using System.Text;

namespace OdooAspire.Dashboard.Security;

/// <summary>The secret in the login URL printed at start; the cookie carries a value derived from it.</summary>
internal sealed class BrowserToken
{
    private readonly byte[] _token;
    private readonly byte[] _cookieValue;

    public BrowserToken(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        Value = token;
        _token = Encoding.UTF8.GetBytes(token);
        _cookieValue = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(HMACSHA256.HashData(_token, "odooaspire-dashboard-cookie"u8)));
    }

    public string Value { get; }

    public string CookieValue => Encoding.ASCII.GetString(_cookieValue);

    public static string Generate() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public bool MatchesToken(string? candidate) => Matches(_token, candidate);

    public bool MatchesCookie(string? candidate) => Matches(_cookieValue, candidate);

    private static bool Matches(byte[] expected, string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(candidate));
}
