namespace OdooAspire.Gateway.Hosting;

/// <summary>
/// The gateway runs socket completions, and Kestrel its connection work, on the socket event threads instead of
/// handing each one to the thread pool: a proxy's work per read is short and never blocks, and on a 2-core machine
/// the hand-offs (context switches) were about a fifth of the gateway's CPU (bench/README.md).
/// <c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=0</c> in the gateway's environment turns both off.
/// </summary>
internal static class SocketCompletions
{
    /// <summary>The runtime's own switch, read once, when the process opens its first socket.</summary>
    public const string Variable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>Turns inline completions on unless the environment says otherwise; call it before any socket exists.</summary>
    public static void PreferInline()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Environment.SetEnvironmentVariable(Variable, "1");
        }
    }

    /// <summary>Whether socket completions run inline, so Kestrel may schedule inline too.</summary>
    public static bool AreInline => Environment.GetEnvironmentVariable(Variable) == "1";
}
