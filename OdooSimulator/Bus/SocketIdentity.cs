using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>Who a websocket belongs to: the session's user (if logged in) and the visitor's guest cookie.</summary>
internal sealed record SocketIdentity(UserRecord? User, GuestRecord? Guest)
{
    public Persona? Persona => User is not null ? Persona.Partner(User.PartnerId) : Guest is not null ? Persona.Guest(Guest.Id) : null;

    public IEnumerable<Persona> Personas
    {
        get
        {
            if (User is not null)
            {
                yield return Persona.Partner(User.PartnerId);
            }

            if (Guest is not null)
            {
                yield return Persona.Guest(Guest.Id);
            }
        }
    }
}
