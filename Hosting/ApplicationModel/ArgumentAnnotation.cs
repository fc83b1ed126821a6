namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>One command-line argument, in order.</summary>
public sealed record ArgumentAnnotation(IValueProvider Value) : IResourceAnnotation;
