using System.Text.RegularExpressions;

namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>A named thing the host starts, watches and stops.</summary>
public abstract partial class Resource
{
    protected Resource(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException(
                $"Resource name '{name}' is invalid: use lower-case letters, digits and '-', starting with a letter.",
                nameof(name));
        }

        Name = name;
    }

    /// <summary>The unique name of the resource in the application.</summary>
    public string Name { get; }

    /// <summary>A short word describing the kind of resource (Project, Executable, Container, ...).</summary>
    public abstract string Kind { get; }

    /// <summary>The annotations describing this resource.</summary>
    public IList<IResourceAnnotation> Annotations { get; } = [];

    /// <summary>Annotations of one type, in the order they were added.</summary>
    public IEnumerable<T> AnnotationsOf<T>() where T : IResourceAnnotation => Annotations.OfType<T>();

    public override string ToString() => $"{Kind} '{Name}'";

    [GeneratedRegex("^[a-z][a-z0-9-]{0,62}$")]
    private static partial Regex NamePattern();
}
