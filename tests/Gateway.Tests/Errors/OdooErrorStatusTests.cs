using System.Diagnostics;
using System.Net;
using System.Text;
using OdooAspire.Gateway.Tests.Infrastructure;

namespace OdooAspire.Gateway.Tests.Errors;

public sealed class OdooErrorStatusTests(OdooGatewayFixture fixture) : IClassFixture<OdooGatewayFixture>
{
    [Theory]
    [InlineData(502, "Odoo is not reachable")]
    [InlineData(503, "Odoo is under maintenance")]
    [InlineData(504, "Odoo is taking too long")]
    public async Task Odoos_own_gateway_errors_become_the_maintenance_page_with_the_same_status(int status, string title)
    {
        using var client = TestClients.Http(fixture.Gateway.Address);

        using var response = await client.GetAsync($"/status/{status}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(title, body, StringComparison.Ordinal);
        Assert.DoesNotContain("odoo's own", body, StringComparison.Ordinal);
        Assert.Equal("7", response.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task Odoos_503_to_a_json_rpc_call_becomes_a_json_error()
    {
        using var client = TestClients.Http(fixture.Gateway.Address);
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/status/503", content);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"code\":503", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_odoo_errors_pass_through_untouched()
    {
        using var client = TestClients.Http(fixture.Gateway.Address);

        using var response = await client.GetAsync("/status/500");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("odoo's own 500 body", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_connection_reset_by_odoo_gives_502_within_a_second()
    {
        using var client = TestClients.Http(fixture.Gateway.Address);
        using var warmUp = await client.GetAsync("/reset");
        var clock = Stopwatch.StartNew();

        using var response = await client.GetAsync("/reset");

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TestTimeouts.ErrorAnswer);
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("Odoo is not reachable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
