namespace OdooAspire.AppHost.Doctor;

/// <summary>What <c>doctor</c> exits with (scripts rely on these).</summary>
public static class DoctorExitCodes
{
    /// <summary>Every check passed, warned or was skipped.</summary>
    public const int NoProblem = 0;

    /// <summary>At least one check failed.</summary>
    public const int ProblemFound = 1;

    /// <summary>Bad command line, malformed URL, or no running environment to check.</summary>
    public const int BadUsage = 2;
}
