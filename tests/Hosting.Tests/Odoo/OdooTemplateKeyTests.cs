using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Tests.Odoo.Fixtures;

namespace OdooAspire.Hosting.Tests.Odoo;

public sealed class OdooTemplateKeyTests : IDisposable
{
    private const string Version = "18, 0, 0, FINAL, 0, ''";
    private readonly AddonsTree _core = new AddonsTree()
        .Module("base", "{'name': 'Base', 'version': '1.3', 'depends': []}")
        .Module("web", "{\n    'name': 'Web',\n    'depends': ['base'],\n    'auto_install': True,\n}")
        .Module("bus", "{'name': 'Bus', 'version': '1.0', 'depends': ['base', 'web']}")
        .Module("mail", "{\"name\": \"Mail\", \"version\": \"1.17\", \"depends\": [\"bus\",\n \"web\"]}")
        .Module("im_livechat", "{'name': 'Live Chat', 'version': '1.0', 'depends': ['mail']}")
        .Module("mail_bot", "{'name': 'OdooBot', 'version': '1.2', 'depends': ['mail'], 'auto_install': True}")
        .Module("livechat_extra", "{'name': 'x', 'version': '2.0', 'depends': ['im_livechat', 'sms'], 'auto_install': ['im_livechat']}")
        .Module("sms", "{'name': 'SMS', 'version': '2.5', 'depends': ['base']}")
        .Module("website", "{'name': 'Website', 'version': '1.0', 'depends': ['web'], 'auto_install': False}");

    private readonly AddonsTree _user = new AddonsTree()
        .Module("mail", "{'name': 'Mail override', 'version': '99.0', 'depends': ['base']}");

    [Fact]
    public void The_install_closure_holds_dependencies_base_and_triggered_auto_install_modules()
    {
        var closure = new OdooModuleCatalog([_core.Path]).Closure(["im_livechat"]);

        Assert.Equal(["base", "bus", "im_livechat", "livechat_extra", "mail", "mail_bot", "sms", "web"], closure.Select(m => m.Module));
        Assert.Equal("1.0", closure.Single(m => m.Module == "web").Version);
        Assert.Equal("1.17", closure.Single(m => m.Module == "mail").Version);
    }

    [Fact]
    public void The_first_addons_folder_holding_a_module_wins_as_in_Odoo()
    {
        var closure = new OdooModuleCatalog([_user.Path, _core.Path]).Closure(["mail"]);

        Assert.Equal("99.0", closure.Single(m => m.Module == "mail").Version);
    }

    [Fact]
    public void A_module_on_no_addons_folder_is_named_in_the_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new OdooModuleCatalog([_core.Path]).Closure(["im_livechat", "crm"]));

        Assert.StartsWith("The Odoo module 'crm' (needed by Odoo:Modules) is in none of the addons folders", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_ignores_the_order_of_the_module_list()
    {
        var first = OdooTemplateKey.Create(Version, true, ["im_livechat", "sms"], [_core.Path]);
        var second = OdooTemplateKey.Create(Version, true, ["sms", "im_livechat"], [_core.Path]);

        Assert.Equal(first.Hash, second.Hash);
        Assert.Matches("^oa_tpl_[0-9a-f]{12}$", first.DatabaseName);
        Assert.Equal(first.DatabaseName + "_build", first.BuildDatabaseName);
    }

    [Fact]
    public void The_key_changes_with_the_Odoo_version_the_modules_the_demo_setting_and_a_manifest_version()
    {
        var key = OdooTemplateKey.Create(Version, true, ["im_livechat"], [_core.Path]).Hash;

        Assert.NotEqual(key, OdooTemplateKey.Create("18, 0, 0, FINAL, 1, ''", true, ["im_livechat"], [_core.Path]).Hash);
        Assert.NotEqual(key, OdooTemplateKey.Create(Version, true, ["im_livechat", "website"], [_core.Path]).Hash);
        Assert.NotEqual(key, OdooTemplateKey.Create(Version, false, ["im_livechat"], [_core.Path]).Hash);
        Assert.NotEqual(key, OdooTemplateKey.Create(Version, true, ["im_livechat"], [_user.Path, _core.Path]).Hash);
    }

    [Fact]
    public void Only_a_template_of_the_same_version_and_modules_with_other_manifest_versions_is_superseded()
    {
        var key = OdooTemplateKey.Create(Version, true, ["im_livechat"], [_user.Path, _core.Path]);

        Assert.True(key.Supersedes(OdooTemplateKey.Create(Version, true, ["im_livechat"], [_core.Path]).Text));
        Assert.False(key.Supersedes(key.Text));
        Assert.False(key.Supersedes(OdooTemplateKey.Create("17, 0, 0, FINAL, 0, ''", true, ["im_livechat"], [_core.Path]).Text));
        Assert.False(key.Supersedes(OdooTemplateKey.Create(Version, true, ["im_livechat", "website"], [_user.Path, _core.Path]).Text));
        Assert.False(key.Supersedes(OdooTemplateKey.Create(Version, false, ["im_livechat"], [_core.Path]).Text));
        Assert.False(key.Supersedes("not a key"));
    }

    [Fact]
    public void The_key_text_lists_what_it_covers()
    {
        var key = OdooTemplateKey.Create(Version, true, ["im_livechat"], [_core.Path]);

        Assert.Equal(
            "odoo=18, 0, 0, FINAL, 0, ''\nwithout_demo=True\nmodules=im_livechat\n"
            + "manifests=base@1.3,bus@1.0,im_livechat@1.0,livechat_extra@2.0,mail@1.17,mail_bot@1.2,sms@2.5,web@1.0\n",
            key.Text);
    }

    public void Dispose()
    {
        _core.Dispose();
        _user.Dispose();
    }
}
