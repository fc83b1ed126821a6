using System.Globalization;
using Microsoft.Extensions.Logging;
using Npgsql;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Processes;

namespace OdooAspire.Hosting.Postgres;

/// <summary>
/// Runs PostgreSQL from the local server binaries: initdb on first run, then postgres on a loopback port,
/// as the unprivileged OS account when the host runs as root. Data stays in DataPath between runs.
/// </summary>
internal sealed class LocalPostgresServer(string dataPath, TimeSpan stopTimeout, TimeProvider time, ILogger logger)
{
    public async Task<IRunningResource> StartAsync(PostgresServerResource server, ResourceStartContext context, CancellationToken cancellationToken)
    {
        var binaries = await PostgresBinaries.LocateAsync(server.Options.BinDirectory, cancellationToken);
        var directory = new PostgresDataDirectory(Path.Combine(dataPath, "postgres", server.Name));
        directory.EnsureCompatible(binaries.MajorVersion);
        var osUser = Environment.UserName == "root" ? server.Options.OsUser : null;
        Directory.CreateDirectory(directory.Sockets);
        if (osUser is not null)
        {
            await HandOverAsync(directory, osUser, context.Log, cancellationToken);
        }

        if (!directory.IsInitialised)
        {
            context.ReportStatus($"initdb (PostgreSQL {binaries.MajorVersion})");
            await InitialiseAsync(server, binaries, directory, osUser, context.Log, cancellationToken);
        }

        var port = server.PrimaryEndpoint.Allocated.Port;
        var spec = new ProcessSpec(binaries.Server,
        [
            "-D", directory.Data,
            "-p", port.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1",
            "-c", "unix_socket_directories=" + directory.Sockets,
            "-c", "logging_collector=off",
        ])
        {
            RunAsUser = osUser,
            StopSignal = PosixSignalNumber.Int,
            StopTimeout = stopTimeout,
            WorkingDirectory = directory.Root,
            Environment = new Dictionary<string, string> { ["LC_ALL"] = "C.UTF-8" },
        };
        context.ReleaseEndpoints();
        var process = SupervisedProcess.Start(spec, context.Log, logger);
        try
        {
            await PostgresProvisioner.WaitForConnectionsAsync(server, process.Completion, context, time, cancellationToken);
            await PostgresProvisioner.EnsureApplicationRoleAsync(server, cancellationToken);
            return process;
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    private static async Task InitialiseAsync(PostgresServerResource server, PostgresBinaries binaries, PostgresDataDirectory directory, string? osUser, LogBuffer log, CancellationToken cancellationToken)
    {
        var passwordFile = Path.Combine(directory.Root, ".initdb-password");
        await File.WriteAllTextAsync(passwordFile, server.SuperuserPassword.Value, cancellationToken);
        try
        {
            UnixPermissions.Set(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            if (osUser is not null)
            {
                await RunToEndAsync(new ProcessSpec("chown", [$"{osUser}:", passwordFile]), log, cancellationToken);
            }

            await RunToEndAsync(new ProcessSpec(binaries.InitDb,
            [
                "-D", directory.Data, "-U", PostgresServerResource.SuperuserName, "--pwfile=" + passwordFile,
                "--auth-local=peer", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
            ])
            {
                RunAsUser = osUser,
                WorkingDirectory = directory.Root,
            }, log, cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>Gives the folders to the OS account and checks it can reach them (a private home cannot be entered).</summary>
    private async Task HandOverAsync(PostgresDataDirectory directory, string osUser, LogBuffer log, CancellationToken cancellationToken)
    {
        await RunToEndAsync(new ProcessSpec("chown", ["-R", $"{osUser}:", directory.Root]), log, cancellationToken);
        var top = Path.GetFullPath(dataPath).TrimEnd('/');
        for (var folder = Path.GetDirectoryName(directory.Root); folder is not null && folder.Length >= top.Length; folder = Path.GetDirectoryName(folder))
        {
            // The host's own folders (DataPath and below): let the account pass through (search only, nothing listable).
            var mode = UnixPermissions.Get(folder);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                UnixPermissions.Set(folder, mode | UnixFileMode.OtherExecute);
            }
        }

        try
        {
            await RunToEndAsync(new ProcessSpec("test", ["-w", directory.Root]) { RunAsUser = osUser }, log, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException(
                $"PostgreSQL runs as the OS account '{osUser}' because the host runs as root, and that account cannot reach "
                + $"'{directory.Root}'. Set DataPath to a folder it can enter (for example /var/lib/odooaspire).", ex);
        }
    }

    private static async Task RunToEndAsync(ProcessSpec spec, LogBuffer log, CancellationToken cancellationToken)
    {
        await using var process = SupervisedProcess.Start(spec, log, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var exitCode = await process.Completion.WaitAsync(cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"'{spec}' failed with exit code {exitCode}: {string.Join(" | ", log.Tail(5))}");
        }
    }
}
