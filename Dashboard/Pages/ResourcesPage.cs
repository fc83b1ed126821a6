using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OdooAspire.Dashboard.Resources;

namespace OdooAspire.Dashboard.Pages;

/// <summary>Every resource: kind, state, health, endpoints, start, restarts, environment (secrets masked) and commands.</summary>
internal static class ResourcesPage
{
    public const string Path = "/";

    public static string Render(IReadOnlyList<ResourceSnapshot> resources, string? message, string? error)
    {
        var html = new StringBuilder();
        html.Append("<h1>Resources</h1>");
        if (!string.IsNullOrEmpty(error))
        {
            html.Append("<p class=\"error\">").Append(Html.E(error)).Append("</p>");
        }
        else if (!string.IsNullOrEmpty(message))
        {
            html.Append("<p class=\"note\">").Append(Html.E(message)).Append("</p>");
        }

        foreach (var resource in resources)
        {
            foreach (var notice in resource.Notices)
            {
                html.Append("<p class=\"notice\"><b>").Append(Html.E(resource.Name)).Append(":</b> ").Append(Html.E(notice)).Append("</p>");
            }
        }

        if (resources.Count == 0)
        {
            return html.Append("<p class=\"muted\">No resources are declared yet.</p>").ToString();
        }

        html.Append("<table id=\"resources\"><thead><tr><th>Name</th><th>Kind</th><th>State</th><th>Health</th><th>Endpoints</th>")
            .Append("<th>Started</th><th class=\"num\">Restarts</th><th>Actions</th></tr></thead><tbody>");
        foreach (var resource in resources)
        {
            html.Append("<tr data-resource=\"").Append(Html.E(resource.Name)).Append("\">")
                .Append("<td><b>").Append(Html.E(resource.Name)).Append("</b><br><a href=\"/console?resource=").Append(Html.U(resource.Name)).Append("\">console</a></td>")
                .Append("<td>").Append(Html.E(resource.Kind)).Append("</td>")
                .Append("<td class=\"state\">").Append(StateBadge(resource)).Append("</td>")
                .Append("<td>").Append(Health(resource.HealthChecks)).Append("</td>")
                .Append("<td>").Append(Endpoints(resource.Endpoints)).Append("</td>")
                .Append("<td>").Append(resource.StartedAt is { } started ? Html.E(Format.DateTime(started)) : "<span class=\"muted\">—</span>").Append("</td>")
                .Append("<td class=\"num\">").Append(resource.RestartCount).Append("</td>")
                .Append("<td>").Append(Commands(resource)).Append("</td></tr>")
                .Append("<tr class=\"env\"><td colspan=\"8\">").Append(Environment(resource)).Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string StateBadge(ResourceSnapshot resource)
    {
        var css = resource.State switch
        {
            ResourceState.Healthy => "ok",
            ResourceState.Running or ResourceState.Starting or ResourceState.Waiting or ResourceState.Stopping => "warn",
            ResourceState.NotStarted or ResourceState.Stopped => string.Empty,
            ResourceState.Exited when resource.ExitCode == 0 => string.Empty,
            _ => "bad",
        };
        var label = resource.State switch
        {
            ResourceState.Exited => $"Exited ({(resource.ExitCode is { } code ? $"code {code}" : "no code")})",
            ResourceState.FailedToStart => "Failed to start",
            ResourceState.NotStarted => "Not started",
            _ => resource.State.ToString(),
        };
        var reason = string.IsNullOrEmpty(resource.StateReason) ? string.Empty : $"<br><span class=\"muted\">{Html.E(resource.StateReason)}</span>";
        return $"<span class=\"badge {css}\">{Html.E(label)}</span>{reason}";
    }

    private static string Health(IReadOnlyList<ResourceHealthCheck> checks)
    {
        if (checks.Count == 0)
        {
            return "<span class=\"muted\">no checks</span>";
        }

        return string.Join("<br>", checks.Select(check =>
        {
            var css = check.Status switch { HealthStatus.Healthy => "ok", HealthStatus.Degraded => "warn", _ => "bad" };
            var description = string.IsNullOrEmpty(check.Description) ? string.Empty : $" <span class=\"muted\">{Html.E(check.Description)}</span>";
            return $"<span class=\"badge {css}\">{Html.E(check.Name)}: {check.Status}</span>{description}";
        }));
    }

    private static string Endpoints(IReadOnlyList<ResourceEndpoint> endpoints) =>
        endpoints.Count == 0
            ? "<span class=\"muted\">none</span>"
            : string.Join("<br>", endpoints.Select(endpoint => $"{Html.E(endpoint.Name)}: {EndpointLink(endpoint.Url)}"));

    /// <summary>Only web URLs become links; anything else (tcp://, a bad scheme) is shown as text.</summary>
    private static string EndpointLink(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? $"<a href=\"{Html.E(url.ToString())}\" target=\"_blank\" rel=\"noopener\">{Html.E(url.ToString())}</a>"
            : $"<code>{Html.E(url.ToString())}</code>";

    private static string Commands(ResourceSnapshot resource)
    {
        var running = resource.State is ResourceState.Starting or ResourceState.Running or ResourceState.Healthy or ResourceState.Unhealthy;
        var html = new StringBuilder();
        foreach (var command in new[] { ResourceCommand.Start, ResourceCommand.Stop, ResourceCommand.Restart })
        {
            var enabled = command == ResourceCommand.Start ? !running : running;
            html.Append("<form class=\"inline\" method=\"post\" action=\"/resources/").Append(Html.U(resource.Name)).Append("/commands/")
                .Append(command.ToString().ToLowerInvariant()).Append("\"><button class=\"cmd\" type=\"submit\"")
                .Append(enabled ? string.Empty : " disabled").Append('>').Append(command).Append("</button></form> ");
        }

        return html.ToString();
    }

    private static string Environment(ResourceSnapshot resource)
    {
        if (resource.Environment.Count == 0)
        {
            return "<span class=\"muted\">No environment variables.</span>";
        }

        var html = new StringBuilder();
        html.Append("<details id=\"env-").Append(Html.E(resource.Name)).Append("\"><summary>Environment (")
            .Append(resource.Environment.Count).Append(")</summary><table class=\"kv\">");
        foreach (var variable in resource.Environment.OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            html.Append("<tr><td>").Append(Html.E(variable.Name)).Append("</td><td>")
                .Append(SecretNames.ShouldMask(variable) ? "<span class=\"secret\" title=\"secret\">••••••••</span>" : Html.E(variable.Value))
                .Append("</td></tr>");
        }

        return html.Append("</table></details>").ToString();
    }
}
