namespace OdooAspire.OdooSimulator.Http;

/// <summary>Which of Odoo's processes a listener stands for.</summary>
internal enum ListenerRole
{
    /// <summary>The HTTP workers' port (http_port).</summary>
    Http,

    /// <summary>The gevent process's port (gevent_port), multi-process mode only.</summary>
    Gevent,
}
