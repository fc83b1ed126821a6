namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>A piece of data attached to a resource; runners read annotations, they never hold behaviour.</summary>
public interface IResourceAnnotation;
