using System.Net;
using OdooAspire.Dashboard.Security;
using OdooAspire.Dashboard.Tests.Infrastructure;

namespace OdooAspire.Dashboard.Tests.Security;

public sealed class BrowserTokenTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Without_token_or_cookie_a_page_answers_401_with_where_to_find_the_link()
    {
        using var client = NewClient(new CookieContainer());
        var response = await client.GetAsync(new Uri(Origin, "/traces"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Dashboard:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_token_is_refused_and_sets_no_cookie()
    {
        var cookies = new CookieContainer();
        using var client = NewClient(cookies);
        var response = await client.GetAsync(new Uri(Origin, "/?t=0123456789abcdef0123456789abcdef"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(cookies.GetCookies(Origin));
    }

    [Fact]
    public async Task The_token_sets_an_http_only_cookie_and_redirects_to_the_same_url_without_it()
    {
        var cookies = new CookieContainer();
        using var client = NewClient(cookies);
        var login = await client.GetAsync(new Uri(Origin, $"/traces?status=error&t={dashboard.Token}"));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/traces?status=error", login.Headers.Location!.OriginalString);
        var setCookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(dashboard.Token, setCookie, StringComparison.Ordinal);

        var page = await client.GetAsync(new Uri(Origin, "/traces?status=error"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>Traces</h1>", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_printed_browser_url_logs_in()
    {
        var cookies = new CookieContainer();
        using var client = NewClient(cookies, followRedirects: true);
        var response = await client.GetAsync(dashboard.Urls.BrowserUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Resources</h1>", await response.Content.ReadAsStringAsync());
        Assert.Equal("127.0.0.1", dashboard.Urls.BrowserUrl.Host);
        Assert.Equal($"?t={dashboard.Token}", dashboard.Urls.BrowserUrl.Query);
    }

    [Fact]
    public async Task The_otlp_http_receiver_refuses_json_and_malformed_protobuf_with_clear_errors()
    {
        using var client = new HttpClient();
        var json = await client.PostAsync(new Uri(dashboard.Urls.OtlpHttpEndpoint, "/v1/traces"), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        var garbage = new ByteArrayContent([0xFF, 0xFF, 0xFF, 0xFF]);
        garbage.Headers.ContentType = new("application/x-protobuf");
        var malformed = await client.PostAsync(new Uri(dashboard.Urls.OtlpHttpEndpoint, "/v1/traces"), garbage);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Contains("application/x-protobuf", await json.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public void The_cookie_value_is_derived_from_the_token_and_checked_in_constant_time()
    {
        var token = new BrowserToken("0123456789abcdef0123456789abcdef");

        Assert.True(token.MatchesCookie(token.CookieValue));
        Assert.False(token.MatchesCookie(token.Value));
        Assert.False(token.MatchesToken(null));
        Assert.NotEqual(BrowserToken.Generate(), BrowserToken.Generate());
    }

    private Uri Origin => new(dashboard.Urls.BrowserUrl.GetLeftPart(UriPartial.Authority));

    private static HttpClient NewClient(CookieContainer cookies, bool followRedirects = false) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = followRedirects });
}
