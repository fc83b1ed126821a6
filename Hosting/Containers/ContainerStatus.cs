namespace OdooAspire.Hosting.Containers;

/// <summary>What <c>inspect</c> says about a container.</summary>
internal sealed record ContainerStatus(bool Running, int ExitCode, IReadOnlyDictionary<string, string> Labels);
