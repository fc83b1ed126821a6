using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Tests.Odoo.Fixtures;

namespace OdooAspire.Hosting.Tests.Odoo;

public sealed class OdooInitProgressTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public void Odoo_install_lines_become_module_count_and_elapsed_time()
    {
        var progress = new OdooInitProgress("initialising database 'odoo'", _time);
        Assert.Equal("initialising database 'odoo': starting, 0 s", progress.Status);

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("initialising database 'odoo': creating the database, 2 s",
            progress.Observe("2026-11-25 06:24:42,100 8389 INFO odoo18 odoo.modules.loading: init db "));
        Assert.Equal("initialising database 'odoo': loading 37 modules, 2 s",
            progress.Observe("2026-11-25 06:24:50,417 8389 INFO odoo18 odoo.modules.loading: loading 37 modules... "));
        _time.Advance(TimeSpan.FromSeconds(12.4));
        Assert.Equal("initialising database 'odoo': module 14/37 mail, 14 s",
            progress.Observe("2026-11-25 06:24:55,000 8389 INFO odoo18 odoo.modules.loading: Loading module mail (14/37) "));
        Assert.Equal("initialising database 'odoo': modules loaded, finishing, 14 s",
            progress.Observe("2026-11-25 06:25:21,406 8389 INFO odoo18 odoo.modules.loading: Modules loaded. "));
    }

    [Fact]
    public void Other_lines_change_nothing()
    {
        var progress = new OdooInitProgress("initialising", _time);

        Assert.Null(progress.Observe("2026-11-25 06:24:55,000 8389 INFO odoo18 odoo.modules.loading: loading mail/data/mail_groups.xml "));
        Assert.Null(progress.Observe("Running as user 'root' is a security risk."));
        Assert.Equal("initialising: starting, 0 s", progress.Status);
    }
}
