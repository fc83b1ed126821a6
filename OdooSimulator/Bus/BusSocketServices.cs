using Microsoft.Extensions.Logging;
using OdooAspire.OdooSimulator.Configuration;
using OdooAspire.OdooSimulator.Persistence;
using OdooAspire.OdooSimulator.Versions;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>What every bus socket needs, resolved once from the container.</summary>
internal sealed class BusSocketServices(
    OdooDatabase database,
    BusDispatcher dispatcher,
    BusChannels channels,
    BusChannelResolver channelResolver,
    SimulatorOptions options,
    OdooProfile profile,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    /// <summary>Inactivity after which Odoo reports "away" instead of "online".</summary>
    public static TimeSpan AwayAfter { get; } = TimeSpan.FromMinutes(30);

    public OdooDatabase Database { get; } = database;

    public BusDispatcher Dispatcher { get; } = dispatcher;

    public BusChannels Channels { get; } = channels;

    public BusChannelResolver ChannelResolver { get; } = channelResolver;

    public SimulatorOptions Options { get; } = options;

    public OdooProfile Profile { get; } = profile;

    /// <summary>The idle time before a ping: the timings' override, else the profile's.</summary>
    public TimeSpan PingInterval => Options.Timings.PingInterval ?? Profile.PingInterval;

    public TimeProvider TimeProvider { get; } = timeProvider;

    public ILoggerFactory LoggerFactory { get; } = loggerFactory;
}
