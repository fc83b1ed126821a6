using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>The res.partner and mail.guest records of Odoo 18's store payloads, field sets as in the transcript.</summary>
internal static class PersonaShapes
{
    public const int OdooBotPartnerId = 2;

    public static JsonObject PartnerInChannel(PartnerRecord partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return new JsonObject
        {
            ["active"] = partner.Active,
            ["avatar_128_access_token"] = AvatarToken("res.partner", partner.Id, partner.WriteDate),
            ["country"] = false,
            ["id"] = partner.Id,
            ["is_public"] = false,
            ["name"] = partner.Name,
            ["user_livechat_username"] = false,
            ["write_date"] = OdooTime.Format(partner.WriteDate),
        };
    }

    public static JsonObject PartnerAsAuthor(PartnerRecord partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return new JsonObject
        {
            ["avatar_128_access_token"] = AvatarToken("res.partner", partner.Id, partner.WriteDate),
            ["id"] = partner.Id,
            ["isInternalUser"] = partner.UserId is not null,
            ["is_company"] = false,
            ["name"] = partner.Name,
            ["userId"] = partner.UserId is { } uid ? uid : false,
            ["user_livechat_username"] = false,
            ["write_date"] = OdooTime.Format(partner.WriteDate),
        };
    }

    public static JsonObject OdooBot(PartnerRecord bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return new JsonObject
        {
            ["active"] = false,
            ["avatar_128_access_token"] = AvatarToken("res.partner", bot.Id, bot.WriteDate),
            ["id"] = bot.Id,
            ["im_status"] = "bot",
            ["isInternalUser"] = true,
            ["is_company"] = false,
            ["name"] = bot.Name,
            ["userId"] = bot.UserId is { } uid ? uid : false,
            ["write_date"] = OdooTime.Format(bot.WriteDate),
        };
    }

    public static JsonObject Guest(GuestRecord guest, string? imStatus)
    {
        ArgumentNullException.ThrowIfNull(guest);
        var shape = new JsonObject
        {
            ["avatar_128_access_token"] = AvatarToken("mail.guest", guest.Id, guest.WriteDate),
            ["id"] = guest.Id,
        };
        if (imStatus is not null)
        {
            shape["im_status"] = imStatus;
        }

        shape["name"] = guest.Name;
        shape["write_date"] = OdooTime.Format(guest.WriteDate);
        return shape;
    }

    public static JsonObject Reference(Persona persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        return new JsonObject { ["id"] = persona.Id, ["type"] = persona.Type };
    }

    // Odoo signs avatar URLs; the simulator only needs a stable, opaque token of the same kind.
    private static string AvatarToken(string model, int id, DateTime writeDate) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"OdooSimulator:{model}:{id}:{OdooTime.Format(writeDate)}")));
}
