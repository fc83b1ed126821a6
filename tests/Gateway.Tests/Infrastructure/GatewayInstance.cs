using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OdooAspire.Gateway.Hosting;
using OdooAspire.Gateway.Sessions;

namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>The gateway started in-process on real loopback sockets (port 0), exactly as Program builds it.</summary>
internal sealed class GatewayInstance : IAsyncDisposable
{
    private GatewayInstance(WebApplication app, CapturingLoggerProvider logs)
    {
        App = app;
        Logs = logs;
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        HttpAddress = addresses.Where(a => a.StartsWith("http://", StringComparison.Ordinal)).Select(a => new Uri(a)).FirstOrDefault();
        HttpsAddress = addresses.Where(a => a.StartsWith("https://", StringComparison.Ordinal)).Select(a => new Uri(a)).FirstOrDefault();
    }

    public WebApplication App { get; }

    public CapturingLoggerProvider Logs { get; }

    public Uri? HttpAddress { get; }

    public Uri? HttpsAddress { get; }

    /// <summary>The websocket sessions page (<c>Gateway:Sessions:Port</c>), or null when it is off.</summary>
    public Uri? SessionsAddress => App.Services.GetRequiredService<SessionsPageServer>().Address;

    /// <summary>The first bound address (plain HTTP when both are bound).</summary>
    public Uri Address => HttpAddress ?? HttpsAddress!;

    public Uri WebSocketAddress(string pathAndQuery = "/websocket?version=18.0-5") =>
        new(new Uri(Address.Scheme == "https" ? "wss://" + Address.Authority : "ws://" + Address.Authority), pathAndQuery);

    public static async Task<GatewayInstance> StartAsync(IDictionary<string, string?> settings, string urls = "http://127.0.0.1:0")
    {
        var args = new List<string> { "--urls", urls };
        foreach (var (key, value) in settings)
        {
            if (value is not null)
            {
                args.Add($"--{key}");
                args.Add(value);
            }
        }

        var logs = new CapturingLoggerProvider();
        var app = GatewayApp.Build([.. args], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
        });
        await app.StartAsync(TestTimeouts.StepToken());
        return new GatewayInstance(app, logs);
    }

    public static async Task<GatewayInstance> StartAsync(FakeOdoo odoo, params (string Key, string Value)[] extra)
    {
        var settings = odoo.GatewaySettings();
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return await StartAsync(settings, extra.FirstOrDefault(e => e.Key == "urls").Value ?? "http://127.0.0.1:0");
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync(TestTimeouts.StepToken());
        await App.DisposeAsync();
    }
}
