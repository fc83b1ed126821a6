using System.IO.Compression;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OdooAspire.Dashboard.Otlp.Proto.Collector.Logs;
using OdooAspire.Dashboard.Otlp.Proto.Collector.Metrics;
using OdooAspire.Dashboard.Otlp.Proto.Collector.Trace;

namespace OdooAspire.Dashboard.Otlp;

/// <summary>OTLP/HTTP with binary protobuf bodies: <c>POST /v1/traces</c>, <c>/v1/logs</c>, <c>/v1/metrics</c>.</summary>
internal static class OtlpHttpEndpoints
{
    public const string ProtobufContentType = "application/x-protobuf";
    public const string TracesPath = "/v1/traces";
    public const string LogsPath = "/v1/logs";
    public const string MetricsPath = "/v1/metrics";

    public static IEndpointRouteBuilder MapOtlpHttp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(TracesPath, (HttpContext context, OtlpIngestor ingestor) =>
            HandleAsync(context, ExportTraceServiceRequest.Parser, ingestor.Ingest));
        endpoints.MapPost(LogsPath, (HttpContext context, OtlpIngestor ingestor) =>
            HandleAsync(context, ExportLogsServiceRequest.Parser, ingestor.Ingest));
        endpoints.MapPost(MetricsPath, (HttpContext context, OtlpIngestor ingestor) =>
            HandleAsync(context, ExportMetricsServiceRequest.Parser, ingestor.Ingest));
        return endpoints;
    }

    private static async Task<IResult> HandleAsync<TRequest, TResponse>(HttpContext context, MessageParser<TRequest> parser, Func<TRequest, TResponse> ingest)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        var mediaType = context.Request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(mediaType, ProtobufContentType, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Text(
                $"This receiver accepts OTLP/HTTP with Content-Type {ProtobufContentType} only (set OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf or grpc).",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        TRequest request;
        try
        {
            using var body = new MemoryStream();
            await using (var source = OpenBody(context.Request))
            {
                await source.CopyToAsync(body, context.RequestAborted);
            }

            body.Position = 0;
            request = parser.ParseFrom(body);
        }
        catch (Exception exception) when (exception is InvalidProtocolBufferException or InvalidDataException or NotSupportedException)
        {
            return Results.Text($"The body is not a valid OTLP protobuf message: {exception.Message}", statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.Bytes(ingest(request).ToByteArray(), ProtobufContentType);
    }

    private static Stream OpenBody(HttpRequest request)
    {
        var encoding = request.Headers.ContentEncoding.ToString();
        return encoding switch
        {
            "" or "identity" => request.Body,
            "gzip" => new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true),
            _ => throw new NotSupportedException($"Content-Encoding '{encoding}' is not supported (use gzip or none)."),
        };
    }
}
