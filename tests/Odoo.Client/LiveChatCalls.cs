namespace OdooAspire.Odoo.Client;

/// <summary>The JSON-RPC calls operators and visitors share.</summary>
internal static class LiveChatCalls
{
    public static Task PostMessageAsync(OdooRpcClient rpc, long channelId, string body, CancellationToken cancellationToken) =>
        rpc.CallAsync(
            "/mail/message/post",
            new
            {
                thread_model = "discuss.channel",
                thread_id = channelId,
                post_data = new { body, message_type = "comment", subtype_xmlid = "mail.mt_comment" },
            },
            cancellationToken);

    public static Task NotifyTypingAsync(OdooRpcClient rpc, long channelId, bool isTyping, CancellationToken cancellationToken) =>
        rpc.CallAsync("/discuss/channel/notify_typing", new { channel_id = channelId, is_typing = isTyping }, cancellationToken);
}
