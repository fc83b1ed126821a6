using System.IO.Compression;
using System.Net;
using Google.Protobuf;
using OdooAspire.Dashboard.Otlp.Proto.Collector.Trace;
using OdooAspire.Dashboard.Otlp.Proto.Common;
using OdooAspire.Dashboard.Otlp.Proto.Trace;
using OdooAspire.Dashboard.Tests.Infrastructure;

namespace OdooAspire.Dashboard.Tests.Otlp;

public sealed class OtlpHttpReceiverTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task A_gzip_compressed_export_is_accepted_and_spans_without_ids_are_reported_as_rejected()
    {
        var traceId = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();
        var request = new ExportTraceServiceRequest
        {
            ResourceSpans =
            {
                new ResourceSpans
                {
                    Resource = new OdooAspire.Dashboard.Otlp.Proto.Resource.Resource { Attributes = { new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = "python-odoo" } } } },
                    ScopeSpans =
                    {
                        new ScopeSpans
                        {
                            Spans =
                            {
                                new Span { TraceId = ByteString.CopyFrom(traceId), SpanId = ByteString.CopyFrom(1, 2, 3, 4, 5, 6, 7, 8), Name = "odoo.http", StartTimeUnixNano = 1_000, EndTimeUnixNano = 2_000_000 },
                                new Span { Name = "no ids" },
                            },
                        },
                    },
                },
            },
        };
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            request.WriteTo(gzip);
        }

        using var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentType = new("application/x-protobuf");
        content.Headers.ContentEncoding.Add("gzip");
        using var client = new HttpClient();
        var response = await client.PostAsync(new Uri(dashboard.Urls.OtlpHttpEndpoint, "/v1/traces"), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-protobuf", response.Content.Headers.ContentType?.MediaType);
        var answer = ExportTraceServiceResponse.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, answer.PartialSuccess.RejectedSpans);
        var span = Assert.Single(dashboard.Stores.Traces.Get("0102030405060708090a0b0c0d0e0f10")!);
        Assert.Equal("python-odoo", span.ServiceName);
        Assert.Equal(TimeSpan.FromTicks(19_990), span.Duration);
    }

    [Fact]
    public async Task A_fixed_port_already_in_use_fails_start_with_a_message_naming_the_setting()
    {
        var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            await using var host = new DashboardHost(new DashboardOptions { Port = port }, new FakeResourceCatalog());

            var error = await Assert.ThrowsAsync<IOException>(() => host.StartAsync());
            Assert.Contains($"Dashboard:Port {port}", error.Message);
            Assert.Null(host.Urls);
        }
        finally
        {
            taken.Stop();
        }
    }
}
