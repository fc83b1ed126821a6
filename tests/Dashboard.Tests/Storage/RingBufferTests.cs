using OdooAspire.Dashboard.Storage;

namespace OdooAspire.Dashboard.Tests.Storage;

public sealed class RingBufferTests
{
    [Fact]
    public void A_full_buffer_overwrites_its_oldest_item_and_reports_it()
    {
        var buffer = new RingBuffer<int>(2);
        Assert.False(buffer.Add(1, out _));
        Assert.False(buffer.Add(2, out _));
        Assert.True(buffer.Add(3, out var evicted));

        Assert.Equal(1, evicted);
        Assert.Equal([3, 2], buffer.NewestFirst());
        Assert.Equal(2, buffer.Count);
    }

    [Fact]
    public void A_buffer_needs_room_for_at_least_one_item()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RingBuffer<int>(0));
    }
}
