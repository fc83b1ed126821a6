using System.Text.Json.Nodes;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>The <c>Store</c> entry that opens Odoo 18's store payloads (init, get_session, authenticate).</summary>
internal static class StoreHeader
{
    public static JsonObject Create(bool hasAccessLivechat)
    {
        return new JsonObject
        {
            ["action_discuss_id"] = 121,
            ["channel_types_with_seen_infos"] = new JsonArray("chat", "group", "livechat"),
            ["hasGifPickerFeature"] = false,
            ["hasLinkPreviewFeature"] = true,
            ["hasMessageTranslationFeature"] = false,
            ["has_access_livechat"] = hasAccessLivechat,
            ["internalUserGroupId"] = 1,
            ["mt_comment_id"] = 1,
            ["odoobot"] = new JsonObject { ["id"] = PersonaShapes.OdooBotPartnerId, ["type"] = "partner" },
        };
    }
}
