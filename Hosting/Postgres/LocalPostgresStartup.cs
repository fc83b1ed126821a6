using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OdooAspire.Hosting.Processes;

namespace OdooAspire.Hosting.Postgres;

/// <summary>
/// What happens before the orchestrator starts the local server, on every start: the data folder is checked against
/// the binaries' major version, handed to the OS account when the AppHost runs as root, and initialised by initdb
/// the first time. Progress goes to the resource's log and state.
/// </summary>
internal static partial class LocalPostgresStartup
{
    public static async Task RunAsync(LocalPostgresServerResource server, BeforeResourceStartedEvent @event, CancellationToken cancellationToken)
    {
        var log = @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(server);
        var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
        var binaries = server.Binaries;
        var folders = server.Folders;
        LogBinaries(log, binaries.MajorVersion, binaries.BinDirectory, folders.Data);
        folders.EnsureCompatible(binaries.MajorVersion);
        Directory.CreateDirectory(folders.Sockets);
        if (server.RunAsUser is { } user)
        {
            await HandOverAsync(folders, user, log, cancellationToken);
        }

        if (folders.IsInitialised)
        {
            return;
        }

        await notifications.PublishUpdateAsync(server, s => s with
        {
            State = new ResourceStateSnapshot($"initdb (PostgreSQL {binaries.MajorVersion})", KnownResourceStateStyles.Info),
        });
        LogInitialising(log, folders.Data);
        var password = await server.PasswordParameter.GetValueAsync(cancellationToken)
            ?? throw new InvalidOperationException($"The password parameter '{server.PasswordParameter.Name}' has no value.");
        await InitialiseAsync(binaries, folders, server.UserName, password, server.RunAsUser, log, cancellationToken);
        LogInitialised(log, folders.Data);
    }

    private static async Task InitialiseAsync(
        PostgresBinaries binaries, PostgresDataDirectory folders, string superuser, string password, string? runAsUser, ILogger log, CancellationToken cancellationToken)
    {
        var passwordFile = Path.Combine(folders.Root, ".initdb-password");
        using (var stream = UnixPermissions.CreatePrivateFile(passwordFile))
        using (var writer = new StreamWriter(stream))
        {
            await writer.WriteAsync(password);
        }

        try
        {
            if (runAsUser is not null)
            {
                await RunAsync(new ProcessSpec("chown", [$"{runAsUser}:", passwordFile]), log, cancellationToken);
            }

            await RunAsync(new ProcessSpec(binaries.InitDb,
            [
                "-D", folders.Data, "-U", superuser, "--pwfile=" + passwordFile,
                "--auth-local=peer", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
            ])
            {
                RunAsUser = runAsUser,
                WorkingDirectory = folders.Root,
                Environment = new Dictionary<string, string> { ["LC_ALL"] = "C.UTF-8" },
            }, log, cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>
    /// Gives the server's folder to the OS account and lets it through the folders above, up to DataPath (search
    /// permission only: nothing becomes listable). PostgreSQL refuses to run as root.
    /// </summary>
    private static async Task HandOverAsync(PostgresDataDirectory folders, string user, ILogger log, CancellationToken cancellationToken)
    {
        LogHandOver(log, folders.Root, user);
        await RunAsync(new ProcessSpec("chown", ["-R", $"{user}:", folders.Root]), log, cancellationToken);
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folders.DataPath));
        for (var folder = Path.GetDirectoryName(folders.Root); folder is not null && folder.Length >= top.Length; folder = Path.GetDirectoryName(folder))
        {
            var mode = UnixPermissions.Get(folder);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                UnixPermissions.Set(folder, mode | UnixFileMode.OtherExecute);
            }
        }

        try
        {
            await RunAsync(new ProcessSpec("test", ["-w", folders.Root]) { RunAsUser = user }, log, cancellationToken);
        }
        catch (OneShotProcessException ex)
        {
            throw new InvalidOperationException(
                $"PostgreSQL runs as the OS account '{user}' (Postgres:OsUser) because the AppHost runs as root, and that account "
                + $"cannot reach '{folders.Root}'. Set DataPath to a folder it can enter (for example /var/lib/odooaspire).", ex);
        }
    }

    private static Task RunAsync(ProcessSpec spec, ILogger log, CancellationToken cancellationToken) =>
        OneShotProcess.RunAsync(spec, (line, isError) =>
        {
            if (isError)
            {
                LogToolError(log, line);
            }
            else
            {
                LogToolOutput(log, line);
            }
        }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL {Version} from {BinDirectory}, data in {DataDirectory}")]
    private static partial void LogBinaries(ILogger logger, int version, string binDirectory, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "handing {Folder} to the OS account {User} (the AppHost runs as root)")]
    private static partial void LogHandOver(ILogger logger, string folder, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "first start: initdb {DataDirectory}")]
    private static partial void LogInitialising(ILogger logger, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "initdb done: {DataDirectory}")]
    private static partial void LogInitialised(ILogger logger, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Line}")]
    private static partial void LogToolOutput(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Line}")]
    private static partial void LogToolError(ILogger logger, string line);
}
