namespace OdooAspire.Hosting.Odoo;

/// <summary>How to invoke an odoo-bin-like program: <c>FileName PrefixArguments... -c odoo.conf ...</c>.</summary>
internal sealed record OdooCommand(string FileName, IReadOnlyList<string> PrefixArguments, string WorkingDirectory);
