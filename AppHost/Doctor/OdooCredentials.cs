namespace OdooAspire.AppHost.Doctor;

/// <summary>An Odoo login the doctor may use (an administrator's, so Odoo records the host and scheme it sees).</summary>
internal sealed record OdooCredentials(string Database, string Login, string Password)
{
    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"{Login} on database {Database}";
}
