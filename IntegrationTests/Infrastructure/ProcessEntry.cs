namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>One process as /proc shows it; the start time tells it apart from a later process that reuses its id.</summary>
internal sealed record ProcessEntry(int Id, int ParentId, long StartTicks, string CommandLine)
{
    public override string ToString() => $"{Id}: {CommandLine}";
}
