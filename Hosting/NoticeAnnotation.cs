namespace OdooAspire.Hosting;

/// <summary>Something the user must know about a resource (no real Odoo runs, a deliberately broken route): printed loudly at start.</summary>
public sealed record NoticeAnnotation(string Message) : IResourceAnnotation;
