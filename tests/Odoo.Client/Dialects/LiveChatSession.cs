namespace OdooAspire.Odoo.Client.Dialects;

/// <summary>What a visitor keeps of <c>/im_livechat/get_session</c>'s answer, whatever its shape.</summary>
/// <param name="ChannelId">The livechat's <c>discuss.channel</c> id.</param>
/// <param name="GuestId">The visitor's <c>mail.guest</c> id (the persona in typing notifications), 0 when the answer did not say.</param>
/// <param name="Uuid">The channel's uuid (17.0 leaves a session by it), when the answer has one.</param>
internal sealed record LiveChatSession(long ChannelId, long GuestId, string? Uuid);
