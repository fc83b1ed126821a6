namespace OdooAspire.Hosting.Projects;

/// <summary>How projects are built and stopped.</summary>
internal sealed record ProjectRunSettings(string Configuration, TimeSpan StopTimeout);
