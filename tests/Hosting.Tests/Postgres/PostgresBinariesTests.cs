using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Postgres;

public sealed class PostgresBinariesTests
{
    [Theory]
    [InlineData("postgres (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)", 15)]
    [InlineData("postgres (PostgreSQL) 17.2", 17)]
    public void The_major_version_is_read_from_postgres_version_output(string output, int major)
    {
        Assert.Equal(major, PostgresBinaries.ParseMajorVersion(output));
    }

    [Fact]
    public void A_configured_folder_is_used_with_the_version_its_server_reports()
    {
        using var fake = new FakePostgresBinaries(majorVersion: 13);

        var binaries = PostgresBinaries.Locate(fake.Path);

        Assert.Equal(new PostgresBinaries(fake.Path, 13), binaries);
        Assert.Equal(Path.Combine(fake.Path, "initdb"), binaries.InitDb);
        Assert.Equal(Path.Combine(fake.Path, "postgres"), binaries.Server);
    }

    [LocalPostgresFact]
    public void Without_configuration_an_installed_server_is_found()
    {
        var binaries = PostgresBinaries.Locate(configured: null);

        Assert.True(File.Exists(binaries.Server), binaries.Server);
        Assert.True(File.Exists(binaries.InitDb), binaries.InitDb);
        Assert.InRange(binaries.MajorVersion, 9, 99);
    }
}
