namespace OdooAspire.Dashboard.Resources;

/// <summary>
/// A second line of defence: a variable whose name looks like a credential is masked even when the
/// host forgot to flag it.
/// </summary>
internal static class SecretNames
{
    private static readonly string[] Markers = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "API_KEY", "PRIVATE_KEY", "CREDENTIAL"];

    public static bool ShouldMask(ResourceEnvironmentVariable variable) =>
        variable.IsSecret || Markers.Any(marker => variable.Name.Contains(marker, StringComparison.OrdinalIgnoreCase));
}
