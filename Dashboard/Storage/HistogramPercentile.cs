namespace OdooAspire.Dashboard.Storage;

/// <summary>Estimates a percentile from explicit-bucket histogram counts by interpolating inside the bucket.</summary>
internal static class HistogramPercentile
{
    /// <param name="bucketCounts">Counts per bucket; there is one more bucket than bounds.</param>
    /// <param name="bounds">Upper bounds of every bucket but the last.</param>
    /// <param name="quantile">Between 0 and 1.</param>
    public static double? Estimate(IReadOnlyList<ulong> bucketCounts, IReadOnlyList<double> bounds, double quantile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantile, 1);
        var total = bucketCounts.Aggregate(0UL, (sum, count) => sum + count);
        if (total == 0 || bounds.Count == 0)
        {
            return null;
        }

        var rank = quantile * total;
        var seen = 0UL;
        for (var i = 0; i < bucketCounts.Count; i++)
        {
            var count = bucketCounts[i];
            if (count > 0 && seen + count >= rank)
            {
                var lower = i == 0 ? 0 : bounds[i - 1];
                if (i >= bounds.Count)
                {
                    // Overflow bucket: no upper bound, so the best honest answer is its lower bound.
                    return lower;
                }

                var upper = bounds[i];
                return lower + ((upper - lower) * ((rank - seen) / count));
            }

            seen += count;
        }

        return bounds[^1];
    }
}
