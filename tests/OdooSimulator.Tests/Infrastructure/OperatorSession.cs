using System.Text.Json.Nodes;

namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>Steps several tests share: an operator who logged in, joined livechat channel 1 and is online.</summary>
internal static class OperatorSession
{
    /// <summary>Logs the operator in, opens its bus as <paramref name="wire"/>'s version does (18.0 by default) and joins channel 1.</summary>
    public static async Task<BusTestSocket> StartAsync(OdooTestClient client, string database, ILiveChatWire? wire = null)
    {
        wire ??= new LiveChatWire18();
        await client.AuthenticateAsync(database);
        var socket = await client.OpenBusAsync(wire.BusVersion);
        await socket.SubscribeAsync();
        await socket.UpdatePresenceAsync(wire.PresenceData());
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

    /// <summary>Asks for an available operator (as <paramref name="wire"/>'s version does) until the answer is <paramref name="expected"/>, within the deadline.</summary>
    public static async Task<bool> WaitForAvailabilityAsync(OdooTestClient visitor, bool expected, ILiveChatWire? wire = null)
    {
        wire ??= new LiveChatWire18();
        var deadline = DateTime.UtcNow + TestTimeouts.Default;
        while (true)
        {
            var available = await wire.IsOperatorAvailableAsync(visitor, 1);
            if (available == expected || DateTime.UtcNow > deadline)
            {
                return available;
            }

            await Task.Delay(25);
        }
    }
}
