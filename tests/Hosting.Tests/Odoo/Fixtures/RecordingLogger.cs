using Microsoft.Extensions.Logging;

namespace OdooAspire.Hosting.Tests.Odoo.Fixtures;

/// <summary>A logger that keeps every formatted line, so a test can assert on what the user would read.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public string Tail(int count = 30) => string.Join(Environment.NewLine, Lines.TakeLast(count));

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lock (_lines)
        {
            _lines.Add(formatter(state, exception));
        }
    }
}
