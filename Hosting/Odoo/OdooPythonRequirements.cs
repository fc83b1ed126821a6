namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// The python modules Odoo 17–19 imports at start or while installing LiveChat, each with the Debian 12 package
/// providing it (Odoo's requirements.txt pins the versions these packages ship); 19.0 also imports python-magic.
/// scripts/install-odoo-deps.sh installs the same packages.
/// </summary>
internal static class OdooPythonRequirements
{
    /// <summary>The script shipped with the repository that installs <see cref="Debian"/>.</summary>
    public const string InstallScript = "scripts/install-odoo-deps.sh";

    /// <summary>What Odoo <paramref name="version"/> needs: <see cref="Debian"/>, plus python-magic from 19.0 on.</summary>
    public static IReadOnlyList<PythonRequirement> For(OdooVersion version) =>
        version.Major >= 19 ? [.. Debian, new("magic", "python3-magic")] : Debian;

    public static IReadOnlyList<PythonRequirement> Debian { get; } =
    [
        new("asn1crypto", "python3-asn1crypto"),
        new("babel", "python3-babel"),
        new("cbor2", "python3-cbor2"),
        new("chardet", "python3-chardet"),
        new("cryptography", "python3-cryptography"),
        new("dateutil", "python3-dateutil"),
        new("decorator", "python3-decorator"),
        new("docutils", "python3-docutils"),
        new("freezegun", "python3-freezegun"),
        new("geoip2", "python3-geoip2"),
        new("gevent", "python3-gevent"),
        new("greenlet", "python3-greenlet"),
        new("idna", "python3-idna"),
        new("PIL", "python3-pil"),
        new("jinja2", "python3-jinja2"),
        new("sass", "python3-libsass"),
        new("lxml", "python3-lxml"),
        new("markupsafe", "python3-markupsafe"),
        new("num2words", "python3-num2words"),
        new("ofxparse", "python3-ofxparse"),
        new("openpyxl", "python3-openpyxl"),
        new("passlib", "python3-passlib"),
        new("polib", "python3-polib"),
        new("psutil", "python3-psutil"),
        new("psycopg2", "python3-psycopg2"),
        new("OpenSSL", "python3-openssl"),
        new("PyPDF2", "python3-pypdf2"),
        new("rjsmin", "python3-rjsmin"),
        new("qrcode", "python3-qrcode"),
        new("reportlab", "python3-reportlab"),
        new("reportlab.graphics._renderPM", "python3-renderpm"),
        new("requests", "python3-requests"),
        new("stdnum", "python3-stdnum"),
        new("pytz", "python3-tz"),
        new("urllib3", "python3-urllib3"),
        new("vobject", "python3-vobject"),
        new("werkzeug", "python3-werkzeug"),
        new("xlsxwriter", "python3-xlsxwriter"),
        new("xlrd", "python3-xlrd"),
        new("zeep", "python3-zeep"),
        new("pydot", "python3-pydot"),
    ];
}
