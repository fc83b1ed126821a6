namespace OdooAspire.AppHost.State;

/// <summary>
/// What a running AppHost publishes for other commands (e.g. <c>doctor</c>): its process and the URLs it printed,
/// by label (<c>Gateway</c>, <c>Dashboard</c>...).
/// </summary>
public sealed record RunningEnvironment(int ProcessId, DateTimeOffset StartedAt, IReadOnlyDictionary<string, string> Urls);
