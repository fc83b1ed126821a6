namespace OdooAspire.Dashboard;

/// <summary>Where a started dashboard listens.</summary>
/// <param name="BrowserUrl">The URL to print: it carries the login token (<c>?t=</c>).</param>
/// <param name="OtlpHttpEndpoint">OTLP/HTTP base URL; pass with <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c>.</param>
/// <param name="OtlpGrpcEndpoint">OTLP/gRPC URL; pass with <c>OTEL_EXPORTER_OTLP_PROTOCOL=grpc</c>.</param>
public sealed record DashboardUrls(Uri BrowserUrl, Uri OtlpHttpEndpoint, Uri OtlpGrpcEndpoint);
