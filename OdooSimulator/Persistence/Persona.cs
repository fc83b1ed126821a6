namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>Who speaks in a channel: a partner (user) or a guest (visitor), as Odoo's "persona".</summary>
internal sealed record Persona(int Id, bool IsGuest)
{
    public string Type => IsGuest ? "guest" : "partner";

    public static Persona Partner(int id) => new(id, false);

    public static Persona Guest(int id) => new(id, true);
}
