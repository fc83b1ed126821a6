namespace OdooAspire.AppHost.Doctor;

/// <summary>One diagnosis. Checks run in order and share what they learn through the <see cref="DoctorContext"/>.</summary>
internal interface IDoctorCheck
{
    /// <summary>The label printed in the report.</summary>
    string Name { get; }

    /// <summary>False only for the check that finds out whether Odoo answers at all.</summary>
    bool NeedsReachableOdoo => true;

    /// <summary>A line printed before a check that takes long, or null.</summary>
    string? Announcement(DoctorContext context) => null;

    Task<CheckResult> RunAsync(DoctorContext context, CancellationToken cancellationToken);
}
