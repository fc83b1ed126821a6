namespace OdooAspire.Hosting.Odoo;

/// <summary>How to invoke an odoo-bin-like program: <c>FileName PrefixArguments... -c odoo.conf ...</c>.</summary>
internal sealed record OdooCommand(string FileName, IReadOnlyList<string> PrefixArguments, string WorkingDirectory)
{
    /// <summary>The addons folders as the program sees them (odoo.conf's addons_path); empty = its own default.</summary>
    public IReadOnlyList<string> AddonsPaths { get; init; } = [];

    /// <summary>
    /// The exact Odoo release when it is real Odoo whose modules the host can read on <see cref="AddonsPaths"/>;
    /// null when databases cannot be cached (the simulator).
    /// </summary>
    public string? OdooVersion { get; init; }
}
