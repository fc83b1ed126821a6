using System.Text.Json.Nodes;

namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>Steps several tests share: an operator who logged in, joined livechat channel 1 and is online.</summary>
internal static class OperatorSession
{
    public static async Task<BusTestSocket> StartAsync(OdooTestClient client, string database)
    {
        await client.AuthenticateAsync(database);
        var socket = await client.OpenBusAsync();
        await socket.SubscribeAsync();
        await socket.UpdatePresenceAsync();
        await client.ResultAsync("/web/dataset/call_kw/im_livechat.channel/action_join", new JsonObject
        {
            ["model"] = "im_livechat.channel",
            ["method"] = "action_join",
            ["args"] = new JsonArray(new JsonArray(1)),
            ["kwargs"] = new JsonObject(),
        });

        // action_join's own notification proves the socket is subscribed before the test goes on.
        await socket.WaitForAsync("mail.record/insert", p => p["im_livechat.channel"] is not null);
        return socket;
    }

    /// <summary>Asks /im_livechat/init until it reports <paramref name="expected"/>, within the deadline.</summary>
    public static async Task<bool> WaitForAvailabilityAsync(OdooTestClient visitor, bool expected)
    {
        var deadline = DateTime.UtcNow + TestTimeouts.Default;
        while (true)
        {
            var init = await visitor.ResultAsync("/im_livechat/init", new JsonObject { ["channel_id"] = 1 });
            var available = init!["available_for_me"]!.GetValue<bool>();
            if (available == expected || DateTime.UtcNow > deadline)
            {
                return available;
            }

            await Task.Delay(25);
        }
    }
}
