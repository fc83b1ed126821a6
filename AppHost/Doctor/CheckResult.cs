namespace OdooAspire.AppHost.Doctor;

/// <summary>One line of the report: the check, its verdict, what was observed and, for a problem, what to change.</summary>
internal sealed record CheckResult(string Check, Verdict Verdict, string Finding, string? Fix = null)
{
    public static CheckResult Pass(string check, string finding) => new(check, Verdict.Pass, finding);

    public static CheckResult Warn(string check, string finding, string? fix = null) => new(check, Verdict.Warn, finding, fix);

    public static CheckResult Fail(string check, string finding, string fix) => new(check, Verdict.Fail, finding, fix);

    public static CheckResult Skip(string check, string reason) => new(check, Verdict.Skip, reason);
}
