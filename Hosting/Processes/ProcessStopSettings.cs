namespace OdooAspire.Hosting.Processes;

/// <summary>How long a process gets between the stop signal and SIGKILL.</summary>
internal sealed record ProcessStopSettings(TimeSpan StopTimeout);
