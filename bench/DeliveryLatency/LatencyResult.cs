namespace OdooAspire.Bench.DeliveryLatency;

/// <summary>Percentiles of post-start → frame-received, in milliseconds.</summary>
internal sealed record LatencyResult(string Target, string Direction, double P50, double P99, double Max)
{
    public static LatencyResult From(string target, string direction, List<double> samples)
    {
        samples.Sort();
        double At(double q) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(q * samples.Count) - 1)];
        return new LatencyResult(target, direction, At(0.50), At(0.99), samples[^1]);
    }
}
