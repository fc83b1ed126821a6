using Microsoft.AspNetCore.Http;
using OdooAspire.OdooSimulator.Configuration;
using OdooAspire.OdooSimulator.Versions;

namespace OdooAspire.OdooSimulator.Http;

/// <summary>What a person opening the simulator in a browser sees: that it is not Odoo, and how to get one.</summary>
internal static class SimulatorHomePage
{
    public static bool Matches(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && (request.Path == "/" || request.Path == "/web/login" || request.Path == "/odoo" || request.Path == "/web");

    public static Task WriteAsync(HttpContext context, SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        context.Response.ContentType = "text/html; charset=utf-8";
        var mode = options.IsMultiProcess ? $"multi-process ({options.Workers} workers, websocket on the gevent port)" : "threaded (websocket on the HTTP port)";
        return context.Response.WriteAsync(
            $"""
            <!doctype html>
            <html lang=en>
            <title>OdooSimulator - not Odoo</title>
            <h1>OdooSimulator</h1>
            <p>This is <strong>not Odoo</strong>. It is a test double that speaks the part of {options.Profile.ToString()}'s wire protocol
            the LiveChat tests use (JSON-RPC routes, the bus websocket), so the environment runs where Odoo cannot be installed.</p>
            <p>Profile: {options.Profile.ToString()} (bus version {options.Profile.BusVersion}), chosen with <code>{OdooProfiles.VersionKey}</code>
            (17.0, 18.0 or 19.0). Mode: {mode}. There is no web client here.</p>
            <p>To work with a real Odoo, run the environment with <code>Odoo:Mode</code> set to <code>Container</code> or <code>Source</code>.</p>

            """,
            context.RequestAborted);
    }
}
