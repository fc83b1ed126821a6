using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Collections;
using OdooAspire.Dashboard.Otlp.Proto.Common;

namespace OdooAspire.Dashboard.Otlp;

/// <summary>Turns OTLP values, attributes, ids and timestamps into display-ready strings and times.</summary>
internal static class OtlpValues
{
    public const string ServiceNameAttribute = "service.name";
    public const string UnknownService = "unknown_service";

    public static string Format(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.ArrayValue => "[" + string.Join(", ", value.ArrayValue.Values.Select(Format)) + "]",
        AnyValue.ValueOneofCase.KvlistValue => "{" + string.Join(", ", value.KvlistValue.Values.Select(pair => pair.Key + "=" + Format(pair.Value))) + "}",
        AnyValue.ValueOneofCase.BytesValue => Convert.ToBase64String(value.BytesValue.Span),
        _ => string.Empty,
    };

    public static IReadOnlyList<KeyValuePair<string, string>> Attributes(RepeatedField<KeyValue> attributes)
    {
        if (attributes.Count == 0)
        {
            return [];
        }

        var result = new KeyValuePair<string, string>[attributes.Count];
        for (var i = 0; i < attributes.Count; i++)
        {
            result[i] = new(attributes[i].Key, Format(attributes[i].Value));
        }

        return result;
    }

    public static string ServiceName(Proto.Resource.Resource? resource)
    {
        var name = resource?.Attributes.FirstOrDefault(pair => pair.Key == ServiceNameAttribute)?.Value;
        return name is null ? UnknownService : Format(name);
    }

    /// <summary>Lower-case hex of an id, or null for an absent (empty or all-zero) id.</summary>
    public static string? Id(ByteString bytes)
    {
        if (bytes.IsEmpty || bytes.Span.IndexOfAnyExcept((byte)0) < 0)
        {
            return null;
        }

        return Convert.ToHexStringLower(bytes.Span);
    }

    public static DateTimeOffset Time(ulong unixNanoseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(unixNanoseconds / 100));

    public static TimeSpan Duration(ulong startUnixNanoseconds, ulong endUnixNanoseconds) =>
        endUnixNanoseconds > startUnixNanoseconds ? TimeSpan.FromTicks((long)((endUnixNanoseconds - startUnixNanoseconds) / 100)) : TimeSpan.Zero;
}
