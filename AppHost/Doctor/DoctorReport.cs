namespace OdooAspire.AppHost.Doctor;

/// <summary>Every check's result; the exit code is 1 when one failed.</summary>
internal sealed record DoctorReport(IReadOnlyList<CheckResult> Results)
{
    public int Count(Verdict verdict) => Results.Count(r => r.Verdict == verdict);

    public int ExitCode => Count(Verdict.Fail) > 0 ? DoctorExitCodes.ProblemFound : DoctorExitCodes.NoProblem;

    public CheckResult this[string check] => Results.Single(r => r.Check == check);
}
