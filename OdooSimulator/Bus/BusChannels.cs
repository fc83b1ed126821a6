using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>
/// Bus channel names as Odoo stores them in bus_bus.channel: the JSON of <c>[db, model, id]</c> for a record,
/// or a JSON string for named channels. Always compact JSON so text comparison is exact.
/// </summary>
internal sealed class BusChannels(string database)
{
    public static string Broadcast { get; } = Canonical(JsonValue.Create("broadcast"));

    public string Partner(int partnerId) => Record("res.partner", partnerId);

    public string Guest(int guestId) => Record("mail.guest", guestId);

    public string DiscussChannel(int channelId) => Record("discuss.channel", channelId);

    public string Of(Persona persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        return persona.IsGuest ? Guest(persona.Id) : Partner(persona.Id);
    }

    /// <summary>A persona's <c>(record, "presence")</c> sub-channel, where Odoo announces its presence.</summary>
    public string Presence(Persona persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        return Canonical(new JsonArray(database, persona.IsGuest ? "mail.guest" : "res.partner", persona.Id, "presence"));
    }

    /// <summary>A named channel (a plain string such as a channel's uuid), as a client may subscribe to it.</summary>
    public static string Named(string name) => Canonical(JsonValue.Create(name));

    public static string Canonical(JsonNode? channel) => channel?.ToJsonString() ?? "null";

    private string Record(string model, int id) => Canonical(new JsonArray(database, model, id));
}
