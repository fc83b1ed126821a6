using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OdooAspire.GatewayBench;

/// <summary>
/// A .NET proxy as users run it (the gateway, or bench/YarpBaseline): its own process, started from the Release build,
/// stopped by its PID.
/// </summary>
internal sealed class GatewayProcess : IAsyncDisposable
{
    private readonly Process _process;

    private GatewayProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public int Pid => _process.Id;

    public static async Task<GatewayProcess> StartAsync(string gatewayDll, int httpPort, int webSocketPort, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [gatewayDll, "--urls", url.ToString(),
            "--Odoo:HttpUrl", $"http://127.0.0.1:{httpPort}", "--Odoo:WebsocketUrl", $"http://127.0.0.1:{webSocketPort}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(gatewayDll))!,
        };
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {gatewayDll}.");
        process.OutputDataReceived += (_, _) => { };
        var prefix = $"[{Path.GetFileNameWithoutExtension(gatewayDll)}] ";
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine(prefix + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(url, "/alive"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new GatewayProcess(process, url);
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(30) && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
