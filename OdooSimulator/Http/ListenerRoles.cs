using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace OdooAspire.OdooSimulator.Http;

/// <summary>Tags each accepted connection with its listener's role, so request handling can apply Odoo's topology.</summary>
internal static class ListenerRoles
{
    private static readonly object Key = new();

    public static Func<ConnectionDelegate, ConnectionDelegate> Tag(ListenerRole role) =>
        next => connection =>
        {
            connection.Items[Key] = role;
            return next(connection);
        };

    public static ListenerRole Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = context.Features.Get<IConnectionItemsFeature>()?.Items;
        return items is not null && items.TryGetValue(Key, out var role) && role is ListenerRole r ? r : ListenerRole.Http;
    }
}
