using Microsoft.AspNetCore.Http;
using OdooAspire.Gateway.Errors;

namespace OdooAspire.Gateway.Tests.Errors;

public sealed class GatewayErrorWriterTests
{
    [Theory]
    [InlineData("application/json", null, true)]
    [InlineData("application/json; charset=utf-8", null, true)]
    [InlineData(null, "application/json", true)]
    [InlineData(null, "text/html,application/xhtml+xml,*/*;q=0.8", false)]
    [InlineData(null, "application/json, text/plain, */*", true)]
    [InlineData(null, "text/html, application/json;q=0.5", false)]
    [InlineData(null, null, false)]
    [InlineData("application/x-www-form-urlencoded", "text/html", false)]
    public void Json_callers_are_told_apart_from_browsers(string? contentType, string? accept, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = contentType;
        if (accept is not null)
        {
            context.Request.Headers.Accept = accept;
        }

        Assert.Equal(expected, GatewayErrorWriter.WantsJson(context.Request));
    }

    [Fact]
    public void The_maintenance_page_escapes_what_it_shows()
    {
        var html = MaintenancePage.Render(502, "<b>title</b>", "a & b");

        Assert.Contains("&lt;b&gt;title&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("a &amp; b", html, StringComparison.Ordinal);
    }
}
