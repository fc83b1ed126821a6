using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>mail.message and mail.thread records of Odoo 18's post answer and new_message notification.</summary>
internal static class MessageShapes
{
    public static JsonObject Message(MessageRecord message, ChannelRecord channel, bool forResponse)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(channel);
        var date = OdooTime.Format(message.CreateDate);
        var shape = new JsonObject
        {
            ["attachment_ids"] = new JsonArray(),
            ["author"] = PersonaShapes.Reference(message.Author),
            ["body"] = message.Body,
            ["create_date"] = date,
            ["date"] = date,
            ["default_subject"] = channel.Name,
        };
        if (message.Author.IsGuest)
        {
            shape["email_from"] = false;
        }

        shape["id"] = message.Id;
        shape["is_discussion"] = message.MessageType == "comment";
        shape["is_note"] = false;
        shape["linkPreviews"] = new JsonArray();
        shape["message_type"] = message.MessageType;
        shape["model"] = message.Model;
        if (forResponse)
        {
            shape["needaction"] = false;
        }

        if (!message.Author.IsGuest && message.MessageType == "comment")
        {
            shape["notifications"] = new JsonArray();
        }

        shape["parentMessage"] = false;
        shape["pinned_at"] = false;
        shape["rating_id"] = false;
        shape["reactions"] = new JsonArray();
        shape["recipients"] = new JsonArray();
        shape["record_name"] = channel.Name;
        shape["res_id"] = message.ResId;
        shape["scheduledDatetime"] = false;
        if (forResponse)
        {
            shape["starred"] = false;
        }

        shape["subject"] = false;
        shape["subtype_description"] = false;
        shape["thread"] = ChannelShapes.Thread(message.ResId);
        if (forResponse)
        {
            shape["trackingValues"] = new JsonArray();
        }

        shape["write_date"] = date;
        return shape;
    }

    public static JsonObject Thread(int channelId) => new()
    {
        ["id"] = channelId,
        ["model"] = "discuss.channel",
        ["module_icon"] = "/mail/static/description/icon.png",
        ["rating_avg"] = 0.0,
        ["rating_count"] = 0,
    };
}
