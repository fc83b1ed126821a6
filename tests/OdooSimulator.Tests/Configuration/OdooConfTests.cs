using OdooAspire.OdooSimulator.Configuration;

namespace OdooAspire.OdooSimulator.Tests.Configuration;

public sealed class OdooConfTests
{
    private const string Minimal = """
        [options]
        db_host = 127.0.0.1
        db_user = odoo
        db_name = livechat
        """;

    [Fact]
    public void Options_are_read_from_the_options_section_and_unknown_keys_are_ignored()
    {
        var values = OdooConfFile.Parse("""
            ; generated
            [options]
            http_interface = 127.0.0.1
            http_port = 18069
            gevent_port = 18072
            workers = 2
            proxy_mode = True
            db_host = 127.0.0.1
            db_port = 5433
            db_user = odoo
            db_password = secret
            dbfilter = ^livechat$
            list_db = False
            max_cron_threads = 1
            without_demo = all
            [another]
            http_port = 1
            """);

        var options = SimulatorOptionsReader.Read(values, "livechat", null);

        Assert.Equal(18069, options.HttpPort);
        Assert.Equal(18072, options.GeventPort);
        Assert.Equal(2, options.Workers);
        Assert.True(options.ProxyMode);
        Assert.True(options.IsMultiProcess);
        Assert.Equal(5433, options.DbPort);
        Assert.Equal("secret", options.DbPassword);
        Assert.Equal("livechat", options.DbName);
        Assert.False(options.ListDb);
        Assert.False(options.PublicSameSiteWebsocket);
    }

    [Fact]
    public void Defaults_are_Odoo_s_threaded_mode_on_8069_and_8072()
    {
        var options = SimulatorOptionsReader.Read(OdooConfFile.Parse(Minimal), null, null);

        Assert.Equal(0, options.Workers);
        Assert.False(options.IsMultiProcess);
        Assert.Equal(8069, options.HttpPort);
        Assert.Equal(8072, options.GeventPort);
        Assert.False(options.ProxyMode);
        Assert.Equal("127.0.0.1", options.HttpInterface);
    }

    [Theory]
    [InlineData("db_user")]
    [InlineData("db_host")]
    public void A_missing_required_key_is_reported_by_name(string key)
    {
        var text = string.Join('\n', Minimal.Split('\n').Where(l => !l.StartsWith(key, StringComparison.Ordinal)));

        var error = Assert.Throws<OdooConfException>(() => SimulatorOptionsReader.Read(OdooConfFile.Parse(text), null, null));

        Assert.Equal($"odoo.conf: {key} is required.", error.Message);
    }

    [Fact]
    public void False_counts_as_unset_like_in_a_generated_odoo_conf()
    {
        var error = Assert.Throws<OdooConfException>(() =>
            SimulatorOptionsReader.Read(OdooConfFile.Parse(Minimal.Replace("db_host = 127.0.0.1", "db_host = False", StringComparison.Ordinal)), null, null));

        Assert.Contains("db_host", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_postgres_database_user_is_refused_like_Odoo()
    {
        var error = Assert.Throws<OdooConfException>(() =>
            SimulatorOptionsReader.Read(OdooConfFile.Parse(Minimal.Replace("db_user = odoo", "db_user = postgres", StringComparison.Ordinal)), null, null));

        Assert.Contains("security risk", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_d_argument_wins_over_db_name_and_one_of_them_is_required()
    {
        Assert.Equal("other", SimulatorOptionsReader.Read(OdooConfFile.Parse(Minimal), "other", null).DbName);

        var withoutName = Minimal.Replace("db_name = livechat", string.Empty, StringComparison.Ordinal);
        var error = Assert.Throws<OdooConfException>(() => SimulatorOptionsReader.Read(OdooConfFile.Parse(withoutName), null, null));
        Assert.Contains("db_name", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http_port = 70000", "http_port")]
    [InlineData("workers = -1", "workers")]
    [InlineData("workers = two", "workers")]
    [InlineData("proxy_mode = maybe", "proxy_mode")]
    public void Invalid_values_are_reported_with_the_key(string line, string key)
    {
        var error = Assert.Throws<OdooConfException>(() => SimulatorOptionsReader.Read(OdooConfFile.Parse(Minimal + "\n" + line), null, null));

        Assert.StartsWith($"odoo.conf: {key}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_an_options_section_is_refused()
    {
        var error = Assert.Throws<OdooConfException>(() => OdooConfFile.Parse("[server]\nhttp_port = 1\n"));

        Assert.Contains("[options]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_public_samesite_environment_switch_is_honoured()
    {
        Assert.True(SimulatorOptionsReader.Read(OdooConfFile.Parse(Minimal), null, "1").PublicSameSiteWebsocket);
    }
}
