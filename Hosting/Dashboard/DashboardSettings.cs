using Microsoft.Extensions.Configuration;
using OdooAspire.Dashboard;

namespace OdooAspire.Hosting.Dashboard;

/// <summary>
/// The <c>Dashboard</c> section: whether the host runs the dashboard, and the dashboard's own options
/// (ports, token, limits) bound from the same section.
/// </summary>
internal sealed record DashboardSettings(bool Enabled, DashboardOptions Options)
{
    /// <summary>
    /// Reads the section. <c>Dashboard:Enabled</c> defaults to true for <c>dotnet run</c> and to false
    /// under the testing builder, where a test opts in with <c>--Dashboard:Enabled true</c>.
    /// </summary>
    public static DashboardSettings From(IConfiguration configuration, bool testing)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var enabled = configuration[KnownConfigNames.DashboardEnabled] switch
        {
            null or "" => !testing,
            var text when bool.TryParse(text, out var value) => value,
            var text => throw new InvalidOperationException(
                $"Invalid configuration: {KnownConfigNames.DashboardEnabled} is '{text}'; use true or false."),
        };
        var options = new DashboardOptions();
        try
        {
            configuration.GetSection(KnownConfigNames.DashboardSection).Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"Configuration section '{KnownConfigNames.DashboardSection}' is invalid: {ex.Message}", ex);
        }

        return new DashboardSettings(enabled, options);
    }
}
