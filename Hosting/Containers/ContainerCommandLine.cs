using System.Globalization;

namespace OdooAspire.Hosting.Containers;

/// <summary>The arguments of <c>create</c> for a spec (ports published on 127.0.0.1 only).</summary>
internal static class ContainerCommandLine
{
    public static IReadOnlyList<string> Create(ContainerSpec spec)
    {
        List<string> args = ["create", "--name", spec.Name];
        foreach (var (key, value) in spec.Labels)
        {
            args.AddRange(["--label", $"{key}={value}"]);
        }

        if (spec.Network is not null)
        {
            args.AddRange(["--network", spec.Network]);
            if (spec.NetworkAlias is not null)
            {
                args.AddRange(["--network-alias", spec.NetworkAlias]);
            }
        }

        foreach (var (hostPort, targetPort) in spec.Ports)
        {
            args.AddRange(["-p", string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{hostPort}:{targetPort}")]);
        }

        foreach (var (source, target, readOnly) in spec.Mounts)
        {
            args.AddRange(["-v", readOnly ? $"{source}:{target}:ro" : $"{source}:{target}"]);
        }

        if (spec.EnvironmentFile is not null)
        {
            args.AddRange(["--env-file", spec.EnvironmentFile]);
        }
        else
        {
            foreach (var (key, value) in spec.Environment)
            {
                args.AddRange(["-e", $"{key}={value}"]);
            }
        }

        args.Add(spec.Image);
        args.AddRange(spec.Arguments);
        return args;
    }
}
