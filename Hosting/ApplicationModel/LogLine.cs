namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>One line of a resource's output. <see cref="Sequence"/> increases by one per line of that resource.</summary>
public sealed record LogLine(long Sequence, DateTimeOffset Timestamp, string Text, bool IsError);
