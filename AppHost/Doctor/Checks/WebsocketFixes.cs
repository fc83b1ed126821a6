namespace OdooAspire.AppHost.Doctor.Checks;

/// <summary>The changes that fix a broken <c>/websocket</c> route, shared by the checks that can find it broken.</summary>
internal static class WebsocketFixes
{
    public const string RouteToGevent =
        "Send /websocket to Odoo's gevent port (odoo.conf gevent_port, default 8072), everything else to http_port (8069).\n" +
        "nginx: location /websocket { proxy_pass http://odoo:8072; proxy_http_version 1.1; proxy_set_header Upgrade $http_upgrade; " +
        "proxy_set_header Connection $connection_upgrade; }\n" +
        "OdooAspire gateway: Odoo:WebsocketUrl = http://<odoo>:8072 (AppHost: drop Gateway:WebsocketRoute=HttpPort).";

    public const string ForwardUpgrade =
        "Give /websocket its own route that carries the upgrade, to Odoo's gevent port (8072) for multi-process Odoo " +
        "(the HTTP port only for threaded Odoo):\n" +
        "nginx: location /websocket { proxy_pass http://odoo:8072; proxy_http_version 1.1; proxy_set_header Upgrade $http_upgrade; " +
        "proxy_set_header Connection $connection_upgrade; }\n" +
        "with `map $http_upgrade $connection_upgrade { default upgrade; '' close; }` in the http block.";

    public const string NothingListens =
        "Nothing listens where /websocket goes. Threaded Odoo (workers = 0) has no gevent listener: either run it multi-process " +
        "(odoo.conf workers = 2, gevent_port = 8072; check in Odoo's log that the gevent process started), or send /websocket " +
        "to the HTTP port 8069 (OdooAspire gateway: Odoo:Workers = 0).";
}
