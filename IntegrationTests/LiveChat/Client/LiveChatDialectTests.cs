using System.Text.Json;
using OdooAspire.Odoo.Client;
using OdooAspire.Odoo.Client.Dialects;

namespace OdooAspire.IntegrationTests.LiveChat.Client;

/// <summary>
/// What the client sends and reads per Odoo series, on answers shaped like each series' (read from their sources):
/// the same end-to-end tests then pass against 17.0, 18.0 and 19.0.
/// </summary>
public sealed class LiveChatDialectTests
{
    [Theory]
    [InlineData(17, """{"inactivity_period":0,"im_status_ids_by_model":{}}""")]
    [InlineData(18, """{"inactivity_period":0,"im_status_ids_by_model":{}}""")]
    [InlineData(19, """{"inactivity_period":0}""")]
    public void Update_presence_sends_the_data_the_series_takes(int major, string data)
    {
        Assert.Equal(data, JsonSerializer.Serialize(LiveChatDialect.For(major).PresenceData));
    }

    [Theory]
    [InlineData(17, "/im_livechat/init", """{"channel_id":1}""")]
    [InlineData(18, "/im_livechat/init", """{"channel_id":1}""")]
    [InlineData(19, "/mail/action", """{"fetch_params":[["init_livechat",1]]}""")]
    public void Availability_is_asked_where_the_series_answers_it(int major, string route, string parameters)
    {
        var call = LiveChatDialect.For(major).Availability(1);

        Assert.Equal(route, call.Route);
        Assert.Equal(parameters, JsonSerializer.Serialize(call.Parameters));
    }

    [Theory]
    [InlineData(17, """{"odoo_version": "17.0", "available_for_me": true, "rule": {}}""", true)]
    [InlineData(17, """{"odoo_version": "17.0", "available_for_me": 0, "rule": {}}""", false)]
    [InlineData(18, """{"available_for_me": true, "rule": {}, "storeData": {"Store": {}}}""", true)]
    [InlineData(18, """{"available_for_me": false, "rule": {}, "storeData": {"Store": {}}}""", false)]
    [InlineData(19, """{"Store": {"can_download_transcript": true, "livechat_available": true}, "mail.guest": []}""", true)]
    [InlineData(19, """{"Store": {"can_download_transcript": true, "livechat_available": false}}""", false)]
    [InlineData(19, """{"Store": {}}""", false)]
    public void The_availability_answer_is_read_in_the_series_shape(int major, string answer, bool available)
    {
        Assert.Equal(available, LiveChatDialect.For(major).IsAvailable(Json(answer)));
    }

    [Theory]
    [InlineData(17, """{"channel_id":1,"anonymous_name":"Ada","persisted":true}""")]
    [InlineData(18, """{"channel_id":1,"anonymous_name":"Ada","persisted":true}""")]
    [InlineData(19, """{"channel_id":1,"persisted":true}""")]
    public void Get_session_is_called_with_the_parameters_the_series_takes(int major, string parameters)
    {
        var call = LiveChatDialect.For(major).StartSession(1, "Ada");

        Assert.Equal("/im_livechat/get_session", call.Route);
        Assert.Equal(parameters, JsonSerializer.Serialize(call.Parameters));
    }

    [Theory]
    [InlineData(
        17,
        """
        {"id": 42, "uuid": "CUzUSICBaW", "channel_type": "livechat", "model": "discuss.channel",
         "channelMembers": [["ADD", [{"id": 9, "persona": {"id": 7, "type": "guest"}, "thread": {"id": 42, "model": "discuss.channel"}}]]],
         "operator_pid": [3, "Mitchell Admin"], "guest_token": "7|3f1c"}
        """,
        "CUzUSICBaW")]
    [InlineData(
        18,
        """
        {"Store": {"guest_token": "7|3f1c", "self": {"id": 7, "type": "guest"}},
         "discuss.channel": [{"id": 42, "channel_type": "livechat", "uuid": "CUzUSICBaW", "operator": {"id": 3, "type": "partner"}}],
         "mail.guest": [{"id": 7, "name": "Visitor"}]}
        """,
        null)]
    [InlineData(
        19,
        """
        {"store_data": {"Store": {"guest_token": "7|3f1c", "self_guest": 7},
                        "discuss.channel": [{"id": 42, "channel_type": "livechat"}], "mail.guest": [{"id": 7, "name": "Visitor"}]},
         "channel_id": 42}
        """,
        null)]
    public void The_session_answer_gives_the_channel_and_the_guest(int major, string answer, string? uuid)
    {
        var session = LiveChatDialect.For(major).ReadSession(Json(answer));

        Assert.Equal(new LiveChatSession(42, 7, uuid), session);
    }

    [Theory]
    [InlineData(18, """{"Store": {"guest_token": "7|3f1c"}, "discuss.channel": [{"id": 42, "channel_type": "livechat"}]}""")]
    [InlineData(19, """{"store_data": {"Store": {"guest_token": "7|3f1c"}}, "channel_id": 42}""")]
    public void Without_its_self_record_the_guest_is_read_from_its_token(int major, string answer)
    {
        Assert.Equal(7, LiveChatDialect.For(major).ReadSession(Json(answer))?.GuestId);
    }

    [Theory]
    [InlineData(17)]
    [InlineData(18)]
    [InlineData(19)]
    public void No_operator_available_is_no_session(int major)
    {
        Assert.Null(LiveChatDialect.For(major).ReadSession(Json("false")));
        Assert.Null(LiveChatDialect.For(major).ReadSession(null));
    }

    [Theory]
    [InlineData(17, """{"uuid":"CUzUSICBaW"}""")]
    [InlineData(18, """{"channel_id":42}""")]
    [InlineData(19, """{"channel_id":42}""")]
    public void A_session_is_left_by_what_the_series_takes(int major, string parameters)
    {
        var call = LiveChatDialect.For(major).LeaveSession(new LiveChatSession(42, 7, "CUzUSICBaW"));

        Assert.Equal("/im_livechat/visitor_leave_session", call.Route);
        Assert.Equal(parameters, JsonSerializer.Serialize(call.Parameters));
    }

    [Theory]
    [InlineData(17, BusNotification.ChannelJoined, """{"channel": {"id": 42, "model": "discuss.channel", "channel_type": "livechat"}}""", true)]
    [InlineData(18, BusNotification.ChannelJoined, """{"channel": {"id": 42, "channel_type": "livechat"}, "open_chat_window": false}""", true)]
    [InlineData(18, BusNotification.ChannelJoined, """{"channel": {"id": 41, "channel_type": "livechat"}, "open_chat_window": false}""", false)]
    [InlineData(19, BusNotification.ImStatusUpdated, """{"presence_status": "online", "im_status": "online", "guest_id": 7, "partner_id": false}""", true)]
    [InlineData(19, BusNotification.ImStatusUpdated, """{"presence_status": "online", "im_status": "online", "guest_id": 8, "partner_id": false}""", false)]
    [InlineData(19, BusNotification.ChannelJoined, """{"channel_id": 42, "invite_to_rtc_call": false, "data": {}}""", true)]
    public void The_visitors_socket_is_confirmed_by_what_the_series_sends_it(int major, string type, string payload, bool confirms)
    {
        var notification = new BusNotification(1, type, Json(payload), 0);

        Assert.Equal(confirms, LiveChatDialect.For(major).ConfirmsSubscription(notification, new LiveChatSession(42, 7, null)));
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
