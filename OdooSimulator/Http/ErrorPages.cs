using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace OdooAspire.OdooSimulator.Http;

/// <summary>
/// The HTML error answers of Odoo's HTTP routes (status and description as werkzeug gives them), marked as the
/// simulator's so nobody mistakes them for a real Odoo.
/// </summary>
internal static class ErrorPages
{
    public const string InternalServerErrorDescription =
        "The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.";

    public static Task WriteAsync(HttpContext context, int statusCode, string description)
    {
        ArgumentNullException.ThrowIfNull(context);
        var phrase = ReasonPhrases.GetReasonPhrase(statusCode);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(
            $"""
            <!doctype html>
            <html lang=en>
            <title>{statusCode} {phrase}</title>
            <h1>{phrase}</h1>
            <p>{WebUtility.HtmlEncode(description)}</p>
            <hr><p><small>OdooSimulator - a test double of Odoo's wire protocol, not Odoo.</small></p>

            """,
            context.RequestAborted);
    }
}
