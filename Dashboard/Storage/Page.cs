namespace OdooAspire.Dashboard.Storage;

/// <summary>One page of a filtered list, with the number of items that matched in total.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, int TotalMatches, int Offset, int Limit)
{
    public bool HasPrevious => Offset > 0;

    public bool HasNext => Offset + Items.Count < TotalMatches;
}
