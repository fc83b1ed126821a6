namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>The graph did not become healthy: the message names each resource that is not, its state and its last lines.</summary>
public sealed class GraphStartException(string message, Exception? innerException = null) : Exception(message, innerException);
