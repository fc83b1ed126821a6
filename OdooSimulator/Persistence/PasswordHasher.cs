using System.Security.Cryptography;

namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>PBKDF2 password hashes for res_users, stored as <c>salt:hash</c> in hex.</summary>
internal static class PasswordHasher
{
    private const int Iterations = 10_000;

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return $"{Convert.ToHexString(salt)}:{Convert.ToHexString(Derive(password, salt))}";
    }

    public static bool Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split(':');
        if (parts.Length != 2)
        {
            return false;
        }

        var expected = Convert.FromHexString(parts[1]);
        return CryptographicOperations.FixedTimeEquals(Derive(password, Convert.FromHexString(parts[0])), expected);
    }

    private static byte[] Derive(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
}
