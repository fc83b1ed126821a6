using Microsoft.Extensions.Logging;
using OdooAspire.OdooSimulator.Configuration;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>What every bus socket needs, resolved once from the container.</summary>
internal sealed class BusSocketServices(
    OdooDatabase database,
    BusDispatcher dispatcher,
    BusChannelResolver channelResolver,
    SimulatorOptions options,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    /// <summary>Inactivity after which Odoo reports "away" instead of "online".</summary>
    public static TimeSpan AwayAfter { get; } = TimeSpan.FromMinutes(30);

    public OdooDatabase Database { get; } = database;

    public BusDispatcher Dispatcher { get; } = dispatcher;

    public BusChannelResolver ChannelResolver { get; } = channelResolver;

    public SimulatorOptions Options { get; } = options;

    public TimeProvider TimeProvider { get; } = timeProvider;

    public ILoggerFactory LoggerFactory { get; } = loggerFactory;
}
