using System.Net;
using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Tests.Infrastructure;

namespace OdooAspire.OdooSimulator.Tests.Http;

[Collection(PostgresTests.Name)]
public sealed class JsonRpcErrorTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private SimulatorHost _host = null!;
    private OdooTestClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await SimulatorHost.StartAsync(postgres);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_gets_a_plain_400_Invalid_JSON_data_like_Odoo()
    {
        using var response = await _client.Http.PostAsync("/web/session/authenticate", new StringContent("{\"jsonrpc\": \"2.0\", \"id\": 1,", null, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid JSON data", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task JSON_that_is_not_an_object_gets_a_plain_400_Invalid_JSON_RPC_data()
    {
        using var response = await _client.Http.PostAsync("/web/session/authenticate", new StringContent("[1, 2]", null, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid JSON-RPC data", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Params_of_the_wrong_type_get_an_Odoo_shaped_JSON_RPC_error_with_the_request_id()
    {
        var body = await _client.CallAsync("/im_livechat/init", new JsonObject { ["channel_id"] = "one" });

        Assert.Equal(1, body["id"]!.GetValue<int>());
        AssertError(body, 200, "Odoo Server Error", "builtins.ValueError");
    }

    [Fact]
    public async Task A_model_call_without_a_login_is_an_expired_session()
    {
        var body = await _client.CallAsync("/web/dataset/call_kw/im_livechat.channel/action_join", new JsonObject
        {
            ["model"] = "im_livechat.channel",
            ["method"] = "action_join",
            ["args"] = new JsonArray(new JsonArray(1)),
            ["kwargs"] = new JsonObject(),
        });

        AssertError(body, 100, "Odoo Session Expired", "odoo.http.SessionExpiredException");
        Assert.Null(body["id"]);
    }

    [Fact]
    public async Task A_wrong_password_is_access_denied()
    {
        var body = await _client.CallAsync("/web/session/authenticate", new JsonObject { ["db"] = _host.Options.DbName, ["login"] = "admin", ["password"] = "wrong" });

        AssertError(body, 200, "Odoo Server Error", "odoo.exceptions.AccessDenied");
        Assert.Equal("Access Denied", body["error"]!["data"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_missing_parameter_is_a_TypeError_naming_it()
    {
        var body = await _client.CallAsync("/web/session/authenticate", new JsonObject { ["db"] = _host.Options.DbName, ["login"] = "admin" });

        AssertError(body, 200, "Odoo Server Error", "builtins.TypeError");
        Assert.Contains("'password'", body["error"]!["data"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_in_a_channel_one_is_not_a_member_of_is_not_found()
    {
        var body = await _client.CallAsync("/mail/message/post", new JsonObject
        {
            ["thread_model"] = "discuss.channel",
            ["thread_id"] = 999,
            ["post_data"] = new JsonObject { ["body"] = "x", ["message_type"] = "comment" },
        });

        AssertError(body, 404, "404: Not Found", "werkzeug.exceptions.NotFound");
    }

    [Fact]
    public async Task A_GET_on_a_JSON_route_is_a_bad_request()
    {
        using var response = await _client.Http.GetAsync("/web/session/authenticate");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_successful_call_sets_the_session_cookie_and_answers_with_the_request_id()
    {
        var body = await _client.CallAsync("/web/webclient/version_info", []);

        Assert.NotNull(body["result"]);
        Assert.Equal(1, body["id"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(_client.Cookie("session_id")));
    }

    private static void AssertError(JsonNode body, int code, string message, string name)
    {
        var error = body["error"]!;
        Assert.Null(body["result"]);
        Assert.Equal(code, error["code"]!.GetValue<int>());
        Assert.Equal(message, error["message"]!.GetValue<string>());
        Assert.Equal(name, error["data"]!["name"]!.GetValue<string>());
        Assert.NotNull(error["data"]!["debug"]);
        Assert.IsType<JsonArray>(error["data"]!["arguments"]);
        Assert.IsType<JsonObject>(error["data"]!["context"]);
    }
}
