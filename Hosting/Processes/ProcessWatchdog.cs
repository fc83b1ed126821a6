namespace OdooAspire.Hosting.Processes;

/// <summary>
/// Builds the command line that starts a program in its own session and process group, next to a small
/// watcher that holds the read end of a pipe whose write end only the host holds. When the host ends for
/// any reason, even kill -9, the pipe reaches EOF and the watcher stops the whole group: no orphans.
/// The program itself replaces the shell (exec), so its pid is the pid the host sees and the group id.
/// </summary>
internal static class ProcessWatchdog
{
    private const string Script = """
        tenths=$1; sig=$2; shift 2
        group=$$
        exec 3<&0
        (
          trap '' INT HUP TERM
          read -r _ <&3
          kill -s "$sig" -- "-$group" 2>/dev/null || exit 0
          i=0
          while [ "$i" -lt "$tenths" ] && kill -0 -- "-$group" 2>/dev/null; do sleep 0.1; i=$((i+1)); done
          kill -s KILL -- "-$group" 2>/dev/null
        ) </dev/null >/dev/null 2>&1 &
        exec 3<&-
        exec setsid "$@" </dev/null
        """;

    /// <summary>The shell and its arguments that run <paramref name="spec"/> under the watchdog.</summary>
    public static (string FileName, IReadOnlyList<string> Arguments) Wrap(ProcessSpec spec)
    {
        var tenths = (int)Math.Ceiling(spec.StopTimeout.TotalMilliseconds / 100);
        var signal = spec.StopSignal == PosixSignalNumber.Int ? "INT" : "TERM";
        List<string> args = ["-c", Script, "odooaspire-watchdog", tenths.ToString(System.Globalization.CultureInfo.InvariantCulture), signal];
        if (spec.RunAsUser is { } user)
        {
            args.AddRange(["setpriv", $"--reuid={user}", $"--regid={user}", "--init-groups", "--"]);
        }

        args.Add(spec.FileName);
        args.AddRange(spec.Arguments);
        return ("/bin/sh", args);
    }
}
