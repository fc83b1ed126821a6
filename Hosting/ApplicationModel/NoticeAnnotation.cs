namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>A message the console and the dashboard must show prominently (e.g. "no real Odoo is running").</summary>
public sealed record NoticeAnnotation(string Message) : IResourceAnnotation;
