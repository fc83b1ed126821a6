using System.Diagnostics;
using System.Net;
using OdooAspire.Dashboard.Tests.Infrastructure;
using static OdooAspire.Dashboard.Tests.Infrastructure.SpanFactory;

namespace OdooAspire.Dashboard.Tests.Pages;

public sealed class LiveEventsTests
{
    [Fact]
    public async Task An_open_page_is_told_when_a_trace_arrives_and_an_unknown_topic_is_refused()
    {
        await using var host = new DashboardHost(new DashboardOptions(), new FakeResourceCatalog());
        var urls = await host.StartAsync();
        using var client = await LoggedInClientAsync(urls);
        using var timeout = new CancellationTokenSource(TestTimeouts.Telemetry);

        var unknown = await client.GetAsync("/events?topic=nope", timeout.Token);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        using var response = await client.GetAsync("/events?topic=traces", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal(": connected", await reader.ReadLineAsync(timeout.Token));

        host.Stores.Traces.Add([Span("t", "s")]);

        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line == string.Empty);
        Assert.Equal("data: changed", line);
    }

    [Fact]
    public async Task Stopping_the_dashboard_does_not_wait_for_open_pages_to_go_away()
    {
        var host = new DashboardHost(new DashboardOptions(), new FakeResourceCatalog());
        var urls = await host.StartAsync();
        using var client = await LoggedInClientAsync(urls);
        using var response = await client.GetAsync("/events?topic=resources", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var watch = Stopwatch.StartNew();
        await host.DisposeAsync();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"stopping took {watch.Elapsed}");
    }

    private static async Task<HttpClient> LoggedInClientAsync(DashboardUrls urls)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(urls.BrowserUrl.GetLeftPart(UriPartial.Authority)),
        };
        (await client.GetAsync(urls.BrowserUrl)).EnsureSuccessStatusCode();
        return client;
    }
}
