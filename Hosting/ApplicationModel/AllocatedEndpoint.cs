namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>The concrete address of an endpoint for this run.</summary>
public sealed record AllocatedEndpoint(string Scheme, string Host, int Port, int TargetPort)
{
    /// <summary>The URL seen from the host machine, e.g. <c>http://127.0.0.1:51234</c>.</summary>
    public Uri Url => new($"{Scheme}://{Host}:{Port}");

    /// <summary>The URL as a string without trailing slash.</summary>
    public string UrlString => $"{Scheme}://{Host}:{Port}";
}
