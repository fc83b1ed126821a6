namespace OdooAspire.Dashboard.Resources;

/// <summary>A named endpoint of a resource, e.g. <c>http</c> → <c>http://127.0.0.1:8069</c>.</summary>
public sealed record ResourceEndpoint(string Name, Uri Url);
