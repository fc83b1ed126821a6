namespace OdooAspire.Odoo.Client;

/// <summary>LiveChat defaults every Odoo database has, whatever its version.</summary>
public static class OdooBus
{
    /// <summary>The livechat channel every fresh database has ("YourWebsite.com").</summary>
    public const long DefaultLivechatChannelId = 1;
}
