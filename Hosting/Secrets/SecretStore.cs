using System.Text.Json;

namespace OdooAspire.Hosting.Secrets;

/// <summary>
/// Generated secrets kept in one file readable only by the user (0600), so passwords stay the same between
/// runs (PostgreSQL data keeps them) and are never printed.
/// </summary>
internal sealed class SecretStore(string filePath)
{
    private static readonly Lock Gate = new();

    public string FilePath { get; } = filePath;

    /// <summary>The stored secret, or a new random one (stored first).</summary>
    public string GetOrCreate(string name)
    {
        lock (Gate)
        {
            var secrets = Load();
            if (secrets.TryGetValue(name, out var existing))
            {
                return existing;
            }

            var created = PasswordGenerator.Create(24);
            secrets[name] = created;
            Save(secrets);
            return created;
        }
    }

    private Dictionary<string, string> Load()
    {
        if (!File.Exists(FilePath))
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(FilePath))
                   ?? new Dictionary<string, string>(StringComparer.Ordinal);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"The secrets file '{FilePath}' is not valid JSON; fix or remove it ({ex.Message}).", ex);
        }
    }

    private void Save(Dictionary<string, string> secrets)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temporary = FilePath + ".tmp";
        using (var stream = UnixPermissions.CreatePrivateFile(temporary))
        {
            JsonSerializer.Serialize(stream, secrets);
        }

        File.Move(temporary, FilePath, overwrite: true);
    }
}
