namespace OdooAspire.AppHost.Doctor;

/// <summary>The console presentation: one line per check, an indented fix under problems, a summary.</summary>
internal sealed class DoctorReportWriter(TextWriter output)
{
    private const int NameWidth = 20;
    private static readonly string Indent = new(' ', 6);

    public void WriteHeader(Uri target, string? foundIn)
    {
        output.WriteLine(foundIn is null ? $"Checking {target}" : $"Checking {target} ({foundIn})");
    }

    public void WriteNote(string note) => output.WriteLine(note);

    public void WriteResult(CheckResult result)
    {
        output.WriteLine($"{Label(result.Verdict),-4}  {result.Check.PadRight(NameWidth)} {result.Finding}");
        if (result.Fix is null)
        {
            return;
        }

        var lines = result.Fix.Split('\n');
        output.WriteLine($"{Indent}Fix: {lines[0]}");
        foreach (var line in lines.Skip(1))
        {
            output.WriteLine($"{Indent}     {line}");
        }
    }

    public void WriteSummary(DoctorReport report)
    {
        var verdict = report.ExitCode == DoctorExitCodes.NoProblem ? "no problem found" : "problems found";
        output.WriteLine(
            $"Summary: {report.Count(Verdict.Pass)} passed, {report.Count(Verdict.Fail)} failed, " +
            $"{report.Count(Verdict.Warn)} warnings, {report.Count(Verdict.Skip)} skipped: {verdict}.");
    }

    private static string Label(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "PASS",
        Verdict.Warn => "WARN",
        Verdict.Fail => "FAIL",
        _ => "SKIP",
    };
}
