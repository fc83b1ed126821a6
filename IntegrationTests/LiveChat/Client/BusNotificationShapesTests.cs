using System.Text.Json;
using OdooAspire.Odoo.Client;

namespace OdooAspire.IntegrationTests.LiveChat.Client;

/// <summary>The notification readers the end-to-end tests use, on payloads shaped like each Odoo series' (no server needed).</summary>
public sealed class BusNotificationShapesTests
{
    [Theory]
    [InlineData("17.0", """{"id": 42, "message": {"id": 85, "author": {"id": 7, "type": "guest"}, "body": "<p>Hello there</p>"}}""")]
    [InlineData("18.0", """{"id": 42, "data": {"mail.message": [{"id": 85, "author": {"id": 7, "type": "guest"}, "body": "<p>Hello there</p>"}]}}""")]
    [InlineData("19.0", """{"id": 42, "data": {"mail.message": [{"id": 85, "author_guest_id": 7, "body": ["markup", "<p>Hello there</p>"]}]}}""")]
    public void A_new_message_is_read_in_every_series_shape(string series, string payload)
    {
        var notification = Notification(BusNotification.NewMessage, payload);

        Assert.Equal("<p>Hello there</p>", notification.MessageBody());
        Assert.True(notification.IsNewMessage(42, "Hello"), series);
        Assert.False(notification.IsNewMessage(43, "Hello"), series);
        Assert.Equal(42, notification.ChannelId);
    }

    [Theory]
    [InlineData("17.0", BusNotification.TypingStatus,
        """{"id": 9, "isTyping": true, "persona": {"id": 7, "name": "Visitor", "type": "guest"}, "thread": {"id": 42, "model": "discuss.channel"}}""")]
    [InlineData("18.0", BusNotification.RecordInsert,
        """{"discuss.channel.member": [{"id": 9, "isTyping": true, "persona": {"id": 7, "type": "guest"}, "thread": {"id": 42, "model": "discuss.channel"}}], "mail.guest": [{"id": 7}]}""")]
    [InlineData("19.0", BusNotification.RecordInsert,
        """{"discuss.channel.member": [{"id": 9, "isTyping": true, "guest_id": 7, "channel_id": {"id": 42, "model": "discuss.channel"}}], "mail.guest": [{"id": 7}]}""")]
    public void A_guest_typing_is_read_in_every_series_shape(string series, string type, string payload)
    {
        var notification = Notification(type, payload);

        Assert.True(notification.IsTyping(42, "guest", true), series);
        Assert.False(notification.IsTyping(42, "guest", false), series);
        Assert.False(notification.IsTyping(42, "partner", true), series);
        Assert.False(notification.IsTyping(41, "guest", true), series);
    }

    [Fact]
    public void An_operator_typing_in_19_is_a_member_with_a_partner()
    {
        var notification = Notification(
            BusNotification.RecordInsert,
            """{"discuss.channel.member": [{"id": 8, "isTyping": false, "partner_id": 3, "channel_id": {"id": 42, "model": "discuss.channel"}}]}""");

        Assert.True(notification.IsTyping(42, "partner", false));
    }

    [Theory]
    [InlineData("17.0", """{"Thread": {"id": 42, "model": "discuss.channel", "channel_type": "livechat", "name": "Visitor Mitchell Admin"}}""")]
    [InlineData("18.0", """{"discuss.channel": [{"id": 42, "channel_type": "livechat", "name": "Visitor Mitchell Admin"}]}""")]
    [InlineData("19.0", """{"discuss.channel": [{"id": 42, "channel_type": "livechat", "livechat_status": "in_progress"}], "res.partner": [{"id": 3}]}""")]
    public void A_new_channel_is_announced_in_every_series_shape(string series, string payload)
    {
        var notification = Notification(BusNotification.RecordInsert, payload);

        Assert.True(notification.AnnouncesChannel(42), series);
        Assert.False(notification.AnnouncesChannel(41), series);
    }

    [Theory]
    [InlineData("""{"channel": {"id": 42, "channel_type": "livechat"}}""")]
    [InlineData("""{"channel_id": 42, "invite_to_rtc_call": false, "data": {"discuss.channel": [{"id": 42}]}}""")]
    public void A_joined_channel_is_read_from_its_info_or_its_id(string payload)
    {
        Assert.True(Notification(BusNotification.ChannelJoined, payload).JoinsChannel(42));
    }

    [Theory]
    [InlineData(BusNotification.NewMessage, "[1, 2]")]
    [InlineData(BusNotification.RecordInsert, "\"text\"")]
    [InlineData(BusNotification.TypingStatus, "null")]
    [InlineData(BusNotification.ChannelJoined, """{"channel": false}""")]
    public void A_malformed_payload_matches_nothing_and_throws_nothing(string type, string payload)
    {
        var notification = Notification(type, payload);

        Assert.Null(notification.MessageBody());
        Assert.False(notification.IsNewMessage(42, "x"));
        Assert.False(notification.IsTyping(42, "guest", true));
        Assert.False(notification.AnnouncesChannel(42));
        Assert.False(notification.JoinsChannel(42));
    }

    private static BusNotification Notification(string type, string payload) =>
        new(1, type, JsonDocument.Parse(payload).RootElement.Clone(), 0);
}
