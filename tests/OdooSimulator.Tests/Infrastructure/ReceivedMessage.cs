namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>A message as a new_message notification carries it, whatever the version's shape.</summary>
internal sealed record ReceivedMessage(string Body, string AuthorType, int AuthorId);
