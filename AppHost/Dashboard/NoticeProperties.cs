using OdooAspire.Hosting;

namespace OdooAspire.AppHost.Dashboard;

/// <summary>
/// Shows each resource's notices (no real Odoo runs, a deliberately broken route) in the dashboard as the property
/// <c>&lt;resource&gt;.notice</c> (<c>odoo.notice</c>), beside what the console prints: a property keeps the text as it
/// is, where the state column would rewrite its URLs and numbers.
/// </summary>
internal static class NoticeProperties
{
    public static string PropertyName(IResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return $"{resource.Name}.notice";
    }

    public static IDistributedApplicationBuilder ShowNoticesInDashboard(this IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Eventing.Subscribe<InitializeResourceEvent>((e, _) =>
        {
            var notices = e.Resource.Annotations.OfType<NoticeAnnotation>().Select(n => n.Message.Replace('\n', ' ')).ToList();
            return notices.Count == 0
                ? Task.CompletedTask
                : e.Notifications.PublishUpdateAsync(e.Resource, s => s with
                {
                    Properties = [.. s.Properties.Where(p => p.Name != PropertyName(e.Resource)), new ResourcePropertySnapshot(PropertyName(e.Resource), string.Join(Environment.NewLine, notices))],
                });
        });
        return builder;
    }
}
