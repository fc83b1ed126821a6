using System.Security.Cryptography;

namespace OdooAspire.Hosting.Secrets;

/// <summary>Random passwords safe in connection strings, INI files and URLs (letters and digits only).</summary>
internal static class PasswordGenerator
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Create(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}
