using Google.Protobuf.Collections;
using OdooAspire.Dashboard.Otlp.Proto.Metrics;
using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Otlp;

/// <summary>Converts OTLP gauges, sums and explicit-bucket histograms into <see cref="MetricSample"/>s; other kinds are counted as rejected.</summary>
internal static class OtlpMetricConverter
{
    public static (List<MetricSample> Samples, int Rejected) Convert(RepeatedField<ResourceMetrics> resourceMetrics)
    {
        var samples = new List<MetricSample>();
        var rejected = 0;
        foreach (var resource in resourceMetrics)
        {
            var service = OtlpValues.ServiceName(resource.Resource);
            foreach (var scope in resource.ScopeMetrics)
            {
                foreach (var metric in scope.Metrics)
                {
                    switch (metric.DataCase)
                    {
                        case Metric.DataOneofCase.Gauge:
                            samples.AddRange(metric.Gauge.DataPoints.Select(point => Number(service, metric, MetricKind.Gauge, false, point)));
                            break;
                        case Metric.DataOneofCase.Sum:
                            var cumulative = metric.Sum.AggregationTemporality == AggregationTemporality.Cumulative;
                            samples.AddRange(metric.Sum.DataPoints.Select(point => Number(service, metric, MetricKind.Sum, cumulative, point)));
                            break;
                        case Metric.DataOneofCase.Histogram:
                            var cumulativeHistogram = metric.Histogram.AggregationTemporality == AggregationTemporality.Cumulative;
                            samples.AddRange(metric.Histogram.DataPoints.Select(point => Histogram(service, metric, cumulativeHistogram, point)));
                            break;
                        default:
                            rejected++;
                            break;
                    }
                }
            }
        }

        return (samples, rejected);
    }

    private static MetricSample Number(string service, Metric metric, MetricKind kind, bool cumulative, NumberDataPoint point)
    {
        var value = point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble;
        return new MetricSample(service, metric.Name, metric.Unit, metric.Description, kind, cumulative, OtlpValues.Attributes(point.Attributes),
            new MetricPoint(OtlpValues.Time(point.TimeUnixNano), value, 0, [], []));
    }

    private static MetricSample Histogram(string service, Metric metric, bool cumulative, HistogramDataPoint point) =>
        new(service, metric.Name, metric.Unit, metric.Description, MetricKind.Histogram, cumulative, OtlpValues.Attributes(point.Attributes),
            new MetricPoint(OtlpValues.Time(point.TimeUnixNano), point.HasSum ? point.Sum : 0, point.Count, point.BucketCounts.ToArray(), point.ExplicitBounds.ToArray()));
}
