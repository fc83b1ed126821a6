namespace OdooAspire.AppHost.Doctor;

/// <summary>Where the doctor got the bus version it announces.</summary>
internal enum BusVersionSource
{
    /// <summary><c>--bus-version</c> on the command line.</summary>
    CommandLine,

    /// <summary><c>websocket_worker_version</c> in the session info of the server's HTTP side.</summary>
    SessionInfo,

    /// <summary>The version the web client of the series reported by <c>/web/webclient/version_info</c> sends.</summary>
    Series,
}
