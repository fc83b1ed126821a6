namespace OdooAspire.AppHost.Doctor;

/// <summary>The outcome of one check.</summary>
internal enum Verdict
{
    Pass,

    /// <summary>Something looks wrong or could not be confirmed; the exit code stays 0.</summary>
    Warn,

    /// <summary>A misconfiguration was found; the exit code becomes 1.</summary>
    Fail,

    /// <summary>The check could not run (a precondition failed or it was switched off).</summary>
    Skip,
}
