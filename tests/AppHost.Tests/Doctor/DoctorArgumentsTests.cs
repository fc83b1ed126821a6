using OdooAspire.AppHost.Doctor;

namespace OdooAspire.AppHost.Tests.Doctor;

public sealed class DoctorArgumentsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080/")]
    [InlineData("https://erp.example.com/", "https://erp.example.com/")]
    [InlineData("HTTPS://ERP.example.com:443", "https://erp.example.com/")]
    public void A_root_url_is_accepted_as_the_target(string text, string expected) =>
        Assert.Equal(new Uri(expected), DoctorArguments.ParseTarget(text));

    [Theory]
    [InlineData("127.0.0.1:8080", "no scheme")]
    [InlineData("ftp://erp.example.com", "must be http or https")]
    [InlineData("https://erp.example.com/odoo", "no path")]
    [InlineData("https://erp.example.com/?db=x", "no path, query")]
    [InlineData("http://", "not a valid URL")]
    public void A_malformed_url_is_refused_with_what_to_write(string text, string message)
    {
        var error = Assert.Throws<DoctorUsageException>(() => DoctorArguments.ParseTarget(text));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_are_read_with_their_values()
    {
        var request = DoctorArguments.Parse(
            ["--url", "http://127.0.0.1:8080", "--idle-seconds", "0", "--timeout-seconds", "2.5", "--bus-version", "19.0-2",
             "--db", "prod", "--password", "secret", "--insecure"]);

        Assert.Equal(new Uri("http://127.0.0.1:8080/"), request.Target);
        Assert.Equal(TimeSpan.Zero, request.IdleWait);
        Assert.Equal(TimeSpan.FromSeconds(2.5), request.StepTimeout);
        Assert.True(request.AcceptAnyCertificate);
        var settings = request.ToSettings(request.Target!, defaultCredentials: null);
        Assert.Equal(new OdooCredentials("prod", "admin", "secret"), settings.Credentials);
        Assert.Equal("19.0-2", settings.BusVersion);
    }

    [Fact]
    public void The_password_comes_from_the_environment_when_the_command_line_has_none()
    {
        var fromEnvironment = DoctorArguments.Parse(["http://127.0.0.1:8080", "--db", "prod"], passwordFromEnvironment: "from-env");
        var fromCommandLine = DoctorArguments.Parse(["http://127.0.0.1:8080", "--db", "prod", "--password", "typed"], passwordFromEnvironment: "from-env");

        Assert.Equal("from-env", fromEnvironment.Password);
        Assert.Equal("typed", fromCommandLine.Password);
        Assert.Null(DoctorArguments.Parse(["http://127.0.0.1:8080"], passwordFromEnvironment: "from-env").Password);
    }

    [Fact]
    public void Without_a_url_the_running_environment_is_the_target()
    {
        var request = DoctorArguments.Parse(["--DataPath", "/tmp/env"]);

        Assert.Null(request.Target);
        Assert.Equal(["--DataPath", "/tmp/env"], request.HostArguments);
    }

    [Theory]
    [InlineData("--frobnicate", "unknown option")]
    [InlineData("--idle-seconds", "needs a value")]
    [InlineData("--idle-seconds -1", "must be a number from 0 to 3600")]
    [InlineData("--timeout-seconds soon", "must be a number")]
    [InlineData("--db odoo", "--db and --password (or ODOO_PASSWORD) go together")]
    [InlineData("http://a.example http://b.example", "give a URL once")]
    public void A_bad_command_line_says_what_is_wrong(string line, string message)
    {
        var error = Assert.Throws<DoctorUsageException>(() => DoctorArguments.Parse(line.Split(' ')));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_never_print_the_password() =>
        Assert.DoesNotContain("secret", new OdooCredentials("prod", "admin", "secret").ToString(), StringComparison.Ordinal);
}
