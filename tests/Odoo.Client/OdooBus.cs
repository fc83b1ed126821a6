namespace OdooAspire.Odoo.Client;

/// <summary>Constants of Odoo 18's bus and LiveChat defaults.</summary>
public static class OdooBus
{
    /// <summary>The bus protocol version of Odoo 18.0 (<c>websocket_worker_version</c>).</summary>
    public const string DefaultVersion = "18.0-5";

    /// <summary>The livechat channel every fresh database has ("YourWebsite.com").</summary>
    public const long DefaultLivechatChannelId = 1;
}
