namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>The client side of each Odoo version the simulator speaks.</summary>
internal static class LiveChatWires
{
    public static ILiveChatWire For(string series) => series switch
    {
        "17.0" => new LiveChatWire17(),
        "18.0" => new LiveChatWire18(),
        "19.0" => new LiveChatWire19(),
        _ => throw new ArgumentOutOfRangeException(nameof(series), series, "no client wire for this Odoo version"),
    };
}
