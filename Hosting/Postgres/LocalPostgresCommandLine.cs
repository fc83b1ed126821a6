using OdooAspire.Hosting.Processes;

namespace OdooAspire.Hosting.Postgres;

/// <summary>
/// The command line of the local server. Aspire's orchestrator stops an executable with SIGTERM and kills it ~6 s
/// later; SIGTERM is PostgreSQL's smart shutdown, which waits for every client to leave, so the kill would come and
/// the next start would need crash recovery. A small shell therefore runs the server and turns TERM (and INT) into
/// SIGINT, PostgreSQL's fast shutdown: clients are disconnected, a checkpoint is written, and the server exits 0
/// well within the orchestrator's grace period. As root, setpriv starts that shell as the unprivileged account.
/// </summary>
internal static class LocalPostgresCommandLine
{
    /// <summary>POSIX shell for the stop wrapper.</summary>
    public const string Shell = "/bin/sh";

    /// <summary>The wrapper's <c>$0</c>, so it is recognisable in <c>ps</c>.</summary>
    public const string WrapperName = "odooaspire-postgres";

    /// <summary>
    /// Runs <c>"$@"</c> in the background and waits for it. On TERM or INT it asks for a fast shutdown (SIGINT) and
    /// asks again every 100 ms until the server has gone: a stop right after the start can land before the server has
    /// installed its handlers, and a background job starts with SIGINT ignored. It exits with the server's status.
    /// </summary>
    public const string StopWrapper = """
        trap 'stopping=1' TERM INT
        "$@" &
        pid=$!
        wait "$pid"; status=$?
        [ -n "$stopping" ] || exit "$status"
        while kill -0 "$pid" 2>/dev/null; do kill -INT "$pid" 2>/dev/null; sleep 0.1; done
        wait "$pid"; last=$?
        [ "$last" -eq 127 ] || status=$last
        exit "$status"
        """;

    /// <summary>The program the orchestrator starts: the shell, or setpriv when the server must change account.</summary>
    public static string Command(string? runAsUser) =>
        runAsUser is null ? Shell : ExecutableLocator.Find("setpriv") ?? "setpriv";

    /// <summary>The arguments; the port is the endpoint's, allocated by the orchestrator.</summary>
    public static void AddArguments(LocalPostgresServerResource server, IList<object> args)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(args);
        if (server.RunAsUser is { } user)
        {
            foreach (var argument in SwitchUser(user))
            {
                args.Add(argument);
            }

            args.Add(Shell);
        }

        object[] serverArguments =
        [
            "-c", StopWrapper, WrapperName,
            server.Binaries.Server,
            "-D", server.Folders.Data,
            "-p", server.PrimaryEndpoint.Property(EndpointProperty.TargetPort),
            "-c", "listen_addresses=127.0.0.1",
            "-c", $"unix_socket_directories={server.Folders.Sockets}",
            "-c", "logging_collector=off",
        ];
        foreach (var argument in serverArguments)
        {
            args.Add(argument);
        }
    }

    /// <summary>setpriv's arguments up to the program: the account's uid, gid and groups, nothing else kept.</summary>
    public static IReadOnlyList<string> SwitchUser(string user) =>
        [$"--reuid={user}", $"--regid={user}", "--init-groups", "--"];
}
