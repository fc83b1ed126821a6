using Aspire.Hosting;
using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo;

public sealed class OdooConfOverridesTests
{
    [Theory]
    [InlineData("db_host", "Odoo:Options:db_host cannot be set: the environment connects Odoo to its own PostgreSQL resource.")]
    [InlineData("DB_PORT", "Odoo:Options:DB_PORT cannot be set: the environment connects Odoo to its own PostgreSQL resource.")]
    [InlineData("dbfilter", "Odoo:Options:dbfilter cannot be set: the environment pins Odoo to Odoo:Database.")]
    [InlineData("http_port", "Odoo:Options:http_port cannot be set: the host allocates the ports; use Odoo:HttpPort.")]
    [InlineData("gevent_port", "Odoo:Options:gevent_port cannot be set: the host allocates the ports; use Odoo:WebsocketPort.")]
    [InlineData("workers", "Odoo:Options:workers cannot be set: use Odoo:Workers (the gateway's /websocket route depends on it).")]
    [InlineData("addons_path", "Odoo:Options:addons_path cannot be set: use Odoo:AddonsPaths.")]
    public void Keys_the_environment_controls_are_refused_with_what_to_use_instead(string key, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => OdooConfOverrides.Validate(new Dictionary<string, string> { [key] = "x" }));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Other_keys_are_kept_lower_case_and_sorted()
    {
        var result = OdooConfOverrides.Validate(new Dictionary<string, string> { ["Limit_Time_Real"] = "600", ["list_db"] = "True" });

        Assert.Equal(["limit_time_real", "list_db"], result.Keys);
        Assert.Equal("600", result["limit_time_real"]);
    }

    [Theory]
    [InlineData("bad key")]
    [InlineData("1st")]
    [InlineData("[options]")]
    public void A_key_that_is_not_an_option_name_is_refused(string key)
    {
        var error = Assert.Throws<InvalidOperationException>(() => OdooConfOverrides.Validate(new Dictionary<string, string> { [key] = "x" }));

        Assert.Contains("is not an odoo.conf option name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_with_a_line_break_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OdooConfOverrides.Validate(new Dictionary<string, string> { ["limit_time_real"] = "1\nworkers = 0" }));

        Assert.Equal("Odoo:Options:limit_time_real cannot contain a line break.", error.Message);
    }

    [Fact]
    public void AddOdoo_refuses_a_controlled_option_from_the_command_line()
    {
        using var data = new TemporaryDirectory();
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            Args = ["--DataPath", data.Path, "--Odoo:Mode", "Simulator", "--Odoo:Options:db_password", "x"],
            DisableDashboard = true,
        });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddOdoo("odoo"));

        Assert.Contains("Odoo:Options:db_password cannot be set", error.Message, StringComparison.Ordinal);
    }
}
