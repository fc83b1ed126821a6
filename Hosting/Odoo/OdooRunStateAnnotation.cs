namespace OdooAspire.Hosting.Odoo;

/// <summary>What one run of the AppHost remembers about an Odoo resource between its starts (a dashboard restart is a new start).</summary>
internal sealed class OdooRunStateAnnotation : IResourceAnnotation
{
    /// <summary>
    /// A reset happens once per run: restarting the resource must not wipe the database again. It counts as done only
    /// when the start-up work succeeded: a start that failed before it (a python module missing, say) leaves the
    /// reset to the next start.
    /// </summary>
    public bool ResetDone { get; set; }

    /// <summary>A reset asked for while the AppHost runs (the dashboard's "Reset database"): done at the next start, then cleared.</summary>
    public bool ResetRequested { get; set; }

    /// <summary>Container mode installs the modules on the server's own first start (the image runs one process).</summary>
    public bool InstallOnStart { get; set; }

    public static OdooRunStateAnnotation Of(IOdooResource odoo) =>
        odoo.Annotations.OfType<OdooRunStateAnnotation>().SingleOrDefault()
        ?? throw new InvalidOperationException($"{odoo.Name} was not added with AddOdoo; this is a bug.");
}
