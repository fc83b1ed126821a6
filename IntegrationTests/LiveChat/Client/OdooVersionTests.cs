using System.Text.Json;
using OdooAspire.Odoo.Client;

namespace OdooAspire.IntegrationTests.LiveChat.Client;

/// <summary>The client's notion of the server's version, from the answers each series gives (no server needed).</summary>
public sealed class OdooVersionTests
{
    [Theory]
    [InlineData("""{"server_version_info": [17, 0, 0, "final", 0, ""], "websocket_worker_version": "17.0-1"}""", "17.0", "17.0-1")]
    [InlineData("""{"server_version_info": [18, 0, 0, "final", 0, ""], "websocket_worker_version": "18.0-5"}""", "18.0", "18.0-5")]
    [InlineData("""{"server_version_info": [19, 0, 0, "final", 0, ""], "websocket_worker_version": "19.0-2"}""", "19.0", "19.0-2")]
    public void The_login_answer_gives_the_series_and_the_bus_version(string sessionInfo, string series, string busVersion)
    {
        var version = OdooVersion.FromSessionInfo(Json(sessionInfo));

        Assert.Equal(new OdooVersion(series, busVersion), version);
    }

    [Fact]
    public void A_bus_version_changed_within_the_series_is_kept_as_the_server_announced_it()
    {
        var version = OdooVersion.FromSessionInfo(Json("""{"server_version_info": [19, 0, 0, "final", 0, ""], "websocket_worker_version": "19.0-3"}"""));

        Assert.Equal("19.0-3", version.BusVersion);
        Assert.Equal(19, version.Major);
    }

    [Theory]
    [InlineData("17.0", "17.0-1")]
    [InlineData("18.0", "18.0-5")]
    [InlineData("19.0", "19.0-2")]
    public void Version_info_gives_the_series_and_the_bus_version_it_was_released_with(string series, string busVersion)
    {
        var version = OdooVersion.FromVersionInfo(Json($$"""{"server_version": "{{series}}", "server_serie": "{{series}}", "protocol_version": 1}"""));

        Assert.Equal(new OdooVersion(series, busVersion), version);
    }

    [Theory]
    [InlineData("17.0", "17.0-1", "/web#action=mail.action_discuss")]
    [InlineData("18.0", "18.0-5", "/odoo/discuss")]
    [InlineData("19.0", "19.0-2", "/odoo/discuss")]
    public void The_web_client_opens_discuss_where_its_version_routes_it(string series, string busVersion, string path)
    {
        Assert.Equal(path, new OdooVersion(series, busVersion).DiscussPath);
    }

    [Fact]
    public void A_saas_series_speaks_as_its_major_version()
    {
        Assert.Equal(18, new OdooVersion("saas~18.2", "saas~18.2-1").Major);
    }

    [Fact]
    public void An_unsupported_series_is_refused_with_the_ones_the_client_speaks()
    {
        var refused = Assert.Throws<NotSupportedException>(() => OdooVersion.FromVersionInfo(Json("""{"server_serie": "16.0"}""")));

        Assert.Contains("17.0, 18.0 and 19.0", refused.Message, StringComparison.Ordinal);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
