namespace OdooAspire.Dashboard.Resources;

/// <summary>One line a resource wrote to stdout or stderr; <paramref name="Text"/> may carry ANSI colour codes.</summary>
public sealed record ConsoleLogLine(string ResourceName, DateTimeOffset Timestamp, string Text, bool IsError);
