using Microsoft.Extensions.Options;

namespace OdooAspire.Gateway.Options;

/// <summary>Checks the <c>Odoo:</c> section and says how to fix it.</summary>
internal sealed class OdooUpstreamOptionsValidator : IValidateOptions<OdooUpstreamOptions>
{
    public ValidateOptionsResult Validate(string? name, OdooUpstreamOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.HttpUrl))
        {
            failures.Add("Set Odoo:HttpUrl (e.g. --Odoo:HttpUrl http://127.0.0.1:8069).");
        }
        else if (!IsHttpUrl(options.HttpUrl))
        {
            failures.Add($"Odoo:HttpUrl '{options.HttpUrl}' is not an absolute http:// or https:// URL (e.g. http://127.0.0.1:8069).");
        }

        if (options.Workers < 0)
        {
            failures.Add($"Odoo:Workers is {options.Workers}; use 0 for threaded Odoo or the number of Odoo HTTP workers (e.g. 2).");
        }
        else if (!options.IsThreaded)
        {
            if (string.IsNullOrWhiteSpace(options.WebsocketUrl))
            {
                failures.Add("Set Odoo:WebsocketUrl to Odoo's gevent port (e.g. --Odoo:WebsocketUrl http://127.0.0.1:8072), or --Odoo:Workers 0 for threaded Odoo.");
            }
            else if (!IsHttpUrl(options.WebsocketUrl))
            {
                failures.Add($"Odoo:WebsocketUrl '{options.WebsocketUrl}' is not an absolute http:// or https:// URL (e.g. http://127.0.0.1:8072).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
