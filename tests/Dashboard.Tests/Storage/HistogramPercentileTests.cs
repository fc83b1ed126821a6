using OdooAspire.Dashboard.Storage;

namespace OdooAspire.Dashboard.Tests.Storage;

public sealed class HistogramPercentileTests
{
    [Theory]
    [InlineData(0.25, 5)]
    [InlineData(0.5, 10)]
    [InlineData(0.75, 15)]
    [InlineData(1.0, 20)]
    public void The_percentile_is_interpolated_inside_its_bucket(double quantile, double expected)
    {
        Assert.Equal(expected, HistogramPercentile.Estimate([0, 50, 50, 0], [0, 10, 20], quantile)!.Value, 6);
    }

    [Fact]
    public void A_percentile_in_the_overflow_bucket_is_its_lower_bound()
    {
        Assert.Equal(20, HistogramPercentile.Estimate([0, 0, 0, 10], [0, 10, 20], 0.99));
    }

    [Fact]
    public void An_empty_histogram_has_no_percentile()
    {
        Assert.Null(HistogramPercentile.Estimate([0, 0], [1], 0.5));
    }
}
