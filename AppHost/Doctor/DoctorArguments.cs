using System.Globalization;

namespace OdooAspire.AppHost.Doctor;

/// <summary>Parses <c>doctor [url] [--option value]...</c>; anything it cannot use is a <see cref="DoctorUsageException"/>.</summary>
internal static class DoctorArguments
{
    public const string Usage =
        """
        Usage: dotnet run --project AppHost -- doctor [<url> | --url <url>] [options]

        Checks an Odoo URL, directly or behind any proxy, for the misconfigurations that break LiveChat
        (websocket routing, upgrade headers, forwarded host/scheme, proxy_mode, bus version, idle timeout).
        Without a URL it checks the environment `dotnet run --project AppHost` is running.

        Options:
          --url <url>              the URL users open: http(s)://host[:port], no path
          --idle-seconds <n>       hold an idle websocket n seconds (default 50, past Odoo's 45 s ping, 40 s on 19.0; 0 skips)
          --timeout-seconds <n>    bound of each network step (default 5)
          --bus-version <v>        the websocket version to announce (default: what the server's web client uses)
          --db <name> --password <password> [--login <login>]
                                   an Odoo administrator (login default admin), for the host and scheme check;
                                   the running environment's database and admin/admin are used by default.
                                   Without --password, ODOO_PASSWORD is read (keeps it out of shell history)
          --insecure               accept any TLS certificate (development certificates)
          --DataPath <path>        data folder of the running environment (default: as the AppHost)

        Exit codes: 0 no problem found, 1 a problem found, 2 bad usage or nothing to check.
        """;

    /// <summary>The variable read for the password when <c>--db</c> is given without <c>--password</c>.</summary>
    public const string PasswordVariable = "ODOO_PASSWORD";

    public static DoctorRequest Parse(IReadOnlyList<string> args, string? passwordFromEnvironment = null)
    {
        var request = new DoctorRequest();
        string? url = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    request = request with { ShowHelp = true };
                    break;
                case "--insecure":
                    request = request with { AcceptAnyCertificate = true };
                    break;
                case "--url":
                    url = Once(url, Value(args, ref i), "a URL");
                    break;
                case "--idle-seconds":
                    request = request with { IdleWait = TimeSpan.FromSeconds(Number(arg, Value(args, ref i), 0, 3600)) };
                    break;
                case "--timeout-seconds":
                    request = request with { StepTimeout = TimeSpan.FromSeconds(Number(arg, Value(args, ref i), 0.1, 600)) };
                    break;
                case "--bus-version":
                    request = request with { BusVersion = Value(args, ref i) };
                    break;
                case "--db":
                    request = request with { Database = Value(args, ref i) };
                    break;
                case "--login":
                    request = request with { Login = Value(args, ref i) };
                    break;
                case "--password":
                    request = request with { Password = Value(args, ref i) };
                    break;
                case "--DataPath" or "--datapath":
                    request = request with { HostArguments = ["--DataPath", Value(args, ref i)] };
                    break;
                case var option when option.StartsWith('-'):
                    throw new DoctorUsageException($"unknown option '{arg}'.");
                default:
                    url = Once(url, arg, "a URL");
                    break;
            }
        }

        if (request.Database is not null && request.Password is null && !string.IsNullOrEmpty(passwordFromEnvironment))
        {
            request = request with { Password = passwordFromEnvironment };
        }

        if ((request.Database is null) != (request.Password is null) || (request.Login is not null && request.Database is null))
        {
            throw new DoctorUsageException(
                $"--db and --password (or {PasswordVariable}) go together (and --login needs them): the doctor logs in as an Odoo administrator.");
        }

        return url is null ? request : request with { Target = ParseTarget(url) };
    }

    /// <summary>http(s)://host[:port] with nothing after: Odoo is served at the root of its host.</summary>
    public static Uri ParseTarget(string text)
    {
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            throw new DoctorUsageException($"'{text}' has no scheme: write http://{text} or https://{text}.");
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.HostNameType == UriHostNameType.Unknown || string.IsNullOrEmpty(uri.Host))
        {
            throw new DoctorUsageException($"'{text}' is not a valid URL (expected http(s)://host[:port]).");
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new DoctorUsageException($"'{text}': the scheme must be http or https, not {uri.Scheme}.");
        }

        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new DoctorUsageException($"'{text}': give the root URL Odoo is served at, like {uri.GetLeftPart(UriPartial.Authority)} (no path, query or user).");
        }

        return new Uri(uri.GetLeftPart(UriPartial.Authority) + "/");
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        var option = args[i];
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new DoctorUsageException($"{option} needs a value.");
        }

        i++;
        return args[i];
    }

    private static double Number(string option, string text, double minimum, double maximum) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum
            ? value
            : throw new DoctorUsageException($"{option} must be a number from {minimum.ToString(CultureInfo.InvariantCulture)} to {maximum.ToString(CultureInfo.InvariantCulture)}, not '{text}'.");

    private static string Once(string? previous, string value, string what) =>
        previous is null ? value : throw new DoctorUsageException($"give {what} once (got '{previous}' and '{value}').");
}
