using System.Net;
using Microsoft.AspNetCore.Http;
using OdooAspire.Dashboard.Security;

namespace OdooAspire.Dashboard.Tests.Security;

public sealed class LoopbackTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("192.168.1.20", false)]
    [InlineData("::ffff:192.168.1.20", false)]
    [InlineData("fe80::1", false)]
    public void Only_loopback_addresses_are_loopback(string address, bool expected)
    {
        Assert.Equal(expected, LoopbackAddress.IsLoopback(IPAddress.Parse(address)));
    }

    [Fact]
    public void An_unknown_remote_address_is_not_loopback()
    {
        Assert.False(LoopbackAddress.IsLoopback(null));
    }

    [Fact]
    public async Task The_middleware_refuses_a_remote_client_with_403_and_never_calls_the_next_step()
    {
        var called = false;
        var middleware = new LoopbackOnlyMiddleware(_ => { called = true; return Task.CompletedTask; });
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("192.168.1.20");
        context.Response.Body = new MemoryStream();

        await middleware.InvokeAsync(context);

        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.False(called);
    }

    [Fact]
    public async Task The_middleware_lets_a_loopback_client_through()
    {
        var called = false;
        var middleware = new LoopbackOnlyMiddleware(_ => { called = true; return Task.CompletedTask; });
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.IPv6Loopback;
        context.Request.Host = new HostString("127.0.0.1", 18888);

        await middleware.InvokeAsync(context);

        Assert.True(called);
    }

    [Theory]
    [InlineData("evil.example", false)]
    [InlineData("127.0.0.1.nip.io", false)]
    [InlineData("localhost", true)]
    [InlineData("[::1]", true)]
    public async Task The_middleware_refuses_a_request_naming_another_host_even_from_loopback(string host, bool allowed)
    {
        var called = false;
        var middleware = new LoopbackOnlyMiddleware(_ => { called = true; return Task.CompletedTask; });
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        context.Request.Host = new HostString(host, 18888);
        context.Response.Body = new MemoryStream();

        await middleware.InvokeAsync(context);

        Assert.Equal(allowed, called);
        Assert.Equal(allowed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, context.Response.StatusCode);
    }
}
