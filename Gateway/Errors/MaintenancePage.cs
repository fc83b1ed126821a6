using System.Net;

namespace OdooAspire.Gateway.Errors;

/// <summary>The page browsers get while Odoo cannot answer.</summary>
internal static class MaintenancePage
{
    public static string Render(int statusCode, string title, string message) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="refresh" content="15">
        <title>{{WebUtility.HtmlEncode(title)}}</title>
        <style>
        body { font-family: system-ui, sans-serif; background: #f6f7f9; color: #222; display: flex; min-height: 100vh; margin: 0; align-items: center; justify-content: center; }
        main { background: #fff; border-radius: 8px; padding: 2rem 2.5rem; max-width: 32rem; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
        h1 { font-size: 1.4rem; margin-top: 0; }
        small { color: #777; }
        </style>
        </head>
        <body>
        <main>
        <h1>{{WebUtility.HtmlEncode(title)}}</h1>
        <p>{{WebUtility.HtmlEncode(message)}}</p>
        <p>This page reloads by itself in a few seconds.</p>
        <small>Error {{statusCode}} from the OdooAspire gateway.</small>
        </main>
        </body>
        </html>

        """;
}
