using System.Text;
using Microsoft.Extensions.Logging;

namespace OdooAspire.AppHost.Commands;

/// <summary>
/// A <see cref="TextWriter"/> whose lines go to a resource's console log (the dashboard's Console page) as they are
/// written, and are kept for the command's result.
/// </summary>
internal sealed class ResourceLogWriter(ILogger log) : TextWriter
{
    private readonly StringBuilder _line = new();
    private readonly StringBuilder _all = new();

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>Everything written so far.</summary>
    public string Text => _all.ToString();

    public override void Write(char value)
    {
        if (value == '\n')
        {
            EndLine();
        }
        else if (value != '\r')
        {
            _line.Append(value);
        }
    }

    public override void Flush()
    {
        if (_line.Length > 0)
        {
            EndLine();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void EndLine()
    {
        var line = _line.ToString();
        _line.Clear();
        _all.AppendLine(line);
        log.LogInformation("{Line}", line);
    }
}
