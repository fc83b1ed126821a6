namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>
/// A clock that moves only when the test says so; its timers (what <c>Task.Delay</c> with a time provider uses)
/// fire when it is advanced past their due time. Lets a test check 40 s against 45 s without waiting.
/// </summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly SemaphoreSlim _scheduled = new(0);
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _ticks;
        }
    }

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UnixEpoch + TimeSpan.FromTicks(GetTimestamp());

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Waits until some timer is scheduled (the code under test is then waiting on this clock).</summary>
    public async Task WaitForTimerAsync()
    {
        var deadline = DateTime.UtcNow + TestTimeouts.Default;
        while (true)
        {
            lock (_gate)
            {
                if (_timers.Count > 0)
                {
                    return;
                }
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero || !await _scheduled.WaitAsync(remaining))
            {
                throw new TimeoutException("nothing scheduled a timer on the manual clock");
            }
        }
    }

    /// <summary>Moves the clock and fires, in order, every timer that falls due.</summary>
    public void Advance(TimeSpan by)
    {
        long target;
        lock (_gate)
        {
            target = _ticks + by.Ticks;
        }

        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.Due <= target).MinBy(t => t.Due);
                if (next is null)
                {
                    _ticks = target;
                    return;
                }

                _ticks = Math.Max(_ticks, next.Due);
                _timers.Remove(next);
            }

            next.Fire();
        }
    }

    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public long Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
                _period = period;
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    return true;
                }

                if (dueTime <= TimeSpan.Zero)
                {
                    ThreadPool.QueueUserWorkItem(_ => callback(state));
                    return true;
                }

                Due = clock._ticks + dueTime.Ticks;
                clock._timers.Add(this);
            }

            clock._scheduled.Release();
            return true;
        }

        public void Fire()
        {
            if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
            {
                Change(_period, _period);
            }

            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        public void Dispose()
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
