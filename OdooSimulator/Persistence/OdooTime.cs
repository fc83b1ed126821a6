using System.Globalization;

namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>Odoo's datetime text: UTC, <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
internal static class OdooTime
{
    public static string Format(DateTime value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
