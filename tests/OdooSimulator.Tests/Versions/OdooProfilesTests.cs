using Microsoft.Extensions.Configuration;
using OdooAspire.OdooSimulator.Configuration;
using OdooAspire.OdooSimulator.Versions;

namespace OdooAspire.OdooSimulator.Tests.Versions;

public sealed class OdooProfilesTests : IDisposable
{
    private readonly string _conf = Path.Combine(Path.GetTempPath(), $"odoosim-{Guid.NewGuid():N}.conf");

    public OdooProfilesTests() =>
        File.WriteAllText(_conf, "[options]\ndb_host = 127.0.0.1\ndb_user = odoo\ndb_name = livechat\n");

    public void Dispose() => File.Delete(_conf);

    [Theory]
    [InlineData("17.0", "17.0-1", 45, false)]
    [InlineData("18.0", "18.0-5", 45, false)]
    [InlineData("19.0", "19.0-2", 40, true)]
    public void Each_version_has_its_bus_version_ping_interval_and_probe_handling(string version, string busVersion, int pingSeconds, bool ignoresProbe)
    {
        var profile = OdooProfiles.Select(version);

        Assert.Equal(version, profile.Series);
        Assert.Equal(busVersion, profile.BusVersion);
        Assert.Equal(TimeSpan.FromSeconds(pingSeconds), profile.PingInterval);
        Assert.Equal(ignoresProbe, profile.IgnoresLivenessProbe);
    }

    [Fact]
    public void Only_19_drops_im_status_ids_by_model_from_update_presence()
    {
        Assert.Equal(["inactivity_period", "im_status_ids_by_model"], OdooProfiles.Odoo17.PresenceFields);
        Assert.Equal(["inactivity_period", "im_status_ids_by_model"], OdooProfiles.Odoo18.PresenceFields);
        Assert.Equal(["inactivity_period"], OdooProfiles.Odoo19.PresenceFields);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_Odoo_Version_the_simulator_speaks_18(string? version)
    {
        Assert.Same(OdooProfiles.Odoo18, Load(version).Profile);
    }

    [Fact]
    public void Odoo_Version_is_read_from_the_configuration()
    {
        Assert.Same(OdooProfiles.Odoo19, Load("19.0").Profile);
        Assert.Same(OdooProfiles.Odoo17, Load("17.0").Profile);
    }

    [Theory]
    [InlineData("16.0")]
    [InlineData("18")]
    [InlineData("saas-18.2")]
    public void Another_version_is_refused_naming_the_key_the_value_and_the_accepted_values(string version)
    {
        var error = Assert.Throws<OdooConfException>(() => Load(version));

        Assert.Contains("Odoo:Version", error.Message, StringComparison.Ordinal);
        Assert.Contains("Odoo__Version", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{version}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("17.0, 18.0, 19.0", error.Message, StringComparison.Ordinal);
    }

    private SimulatorOptions Load(string? version)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [OdooProfiles.VersionKey] = version })
            .Build();
        return SimulatorOptionsReader.Load(new SimulatorArguments(_conf, null, [], false), configuration);
    }
}
