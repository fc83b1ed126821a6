namespace OdooAspire.OdooSimulator.Bus;

/// <summary>A socket that receives bus notifications for the channels it subscribed to.</summary>
internal interface IBusSubscriber
{
    bool IsSubscribedToAny(IReadOnlyCollection<string> channels);

    /// <summary>Sends every notification newer than what the subscriber has seen.</summary>
    Task PumpAsync(CancellationToken cancellationToken);
}
