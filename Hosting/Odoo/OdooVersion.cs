using System.Globalization;
using System.Text.RegularExpressions;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// The Odoo series an environment runs (<c>17.0</c>, <c>18.0</c>, <c>19.0</c>) and where it was read: the source tree's
/// <c>odoo/release.py</c> in Source mode, <c>Odoo:Version</c> (the image tag, or the simulator's profile) otherwise.
/// </summary>
/// <param name="Series">The series, e.g. <c>17.0</c>.</param>
/// <param name="Release">The exact release the version was read from (release.py's version_info), or the series.</param>
/// <param name="Origin">Where it was read, for the user: <c>odoo/release.py</c>, <c>Odoo:Version</c>...</param>
internal sealed partial record OdooVersion(string Series, string Release, string Origin)
{
    /// <summary>The series an environment runs when <c>Odoo:Version</c> is not set (image tag, simulator profile).</summary>
    public const string DefaultSeries = "18.0";

    /// <summary>The resource property that shows the version in the dashboard.</summary>
    public const string Property = "odoo.version";

    /// <summary>The series this project supports: their bus, LiveChat and configuration differences are known.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["17.0", "18.0", "19.0"];

    public int Major => int.Parse(Series.AsSpan(0, Series.IndexOf('.', StringComparison.Ordinal)), CultureInfo.InvariantCulture);

    /// <summary><c>Odoo:Version</c>, or <see cref="DefaultSeries"/> when it is not set.</summary>
    public static OdooVersion Configured(OdooOptions options) =>
        options.Version is { } version
            ? new OdooVersion(version, version, "Odoo:Version")
            : new OdooVersion(DefaultSeries, DefaultSeries, $"the default (Odoo:Version not set)");

    /// <summary>
    /// A source tree's version from <c>odoo/release.py</c>; refused when the series is not supported, or when
    /// <c>Odoo:Version</c> names another one (the tree decides in Source mode: a mismatch is a mistake worth stopping on).
    /// </summary>
    public static OdooVersion ReadTree(string root, string? configured)
    {
        var release = Path.Combine(root, "odoo", "release.py");
        var match = File.Exists(release) ? File.ReadLines(release).Select(l => VersionInfo().Match(l)).FirstOrDefault(m => m.Success) : null;
        if (match is null)
        {
            throw new OdooStartupException($"Odoo:SourcePath '{root}' is not an Odoo tree: {release} has no version_info.");
        }

        var series = $"{match.Groups["major"].Value}.{match.Groups["minor"].Value}";
        if (!Supported.Contains(series, StringComparer.Ordinal))
        {
            throw new OdooStartupException(
                $"The Odoo tree at '{root}' is Odoo {series} (odoo/release.py); this environment supports Odoo {string.Join(", ", Supported)}.");
        }

        if (configured is not null && configured != series)
        {
            throw new OdooStartupException(
                $"Odoo:Version is {configured} but the tree at '{root}' is Odoo {series} (odoo/release.py). In Source mode the tree decides: "
                + $"remove Odoo:Version, or point Odoo:SourcePath at an Odoo {configured} tree.");
        }

        return new OdooVersion(series, match.Groups["value"].Value.Trim(), "odoo/release.py");
    }

    public override string ToString() => $"{Series} ({Origin})";

    [GeneratedRegex(@"^version_info\s*=\s*\((?<value>\s*(?<major>\d+)\s*,\s*(?<minor>\d+)[^)]*)\)")]
    private static partial Regex VersionInfo();
}
