using OdooAspire.Dashboard.Pages;

namespace OdooAspire.Dashboard.Tests.Pages;

public sealed class AnsiTextTests
{
    [Fact]
    public void Colour_codes_become_classes_and_reset_ends_them()
    {
        var html = AnsiText.ToHtml("\u001b[1;31mERROR\u001b[0m odoo.http: done");

        Assert.Equal("<span class=\"ansi-31 ansi-bold\">ERROR</span> odoo.http: done", html);
    }

    [Fact]
    public void Text_is_html_encoded_and_other_escape_sequences_are_dropped()
    {
        var html = AnsiText.ToHtml("\u001b[2K<script>alert(1)</script>\u001b]0;title\u0007");

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void The_search_term_is_highlighted_without_breaking_encoding()
    {
        var html = AnsiText.ToHtml("GET /websocket <101>", "WEBSOCKET");

        Assert.Equal("GET /<mark>websocket</mark> &lt;101&gt;", html);
    }
}
