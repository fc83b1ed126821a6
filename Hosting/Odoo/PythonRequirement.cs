namespace OdooAspire.Hosting.Odoo;

/// <summary>A python module Odoo imports and the Debian package that provides it.</summary>
internal sealed record PythonRequirement(string Module, string DebianPackage);
