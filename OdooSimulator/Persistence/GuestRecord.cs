namespace OdooAspire.OdooSimulator.Persistence;

internal sealed record GuestRecord(int Id, string Name, string AccessToken, DateTime WriteDate)
{
    /// <summary>The value of the <c>dgid</c> cookie and of <c>guest_token</c>: <c>id|token</c>.</summary>
    public string CookieValue => $"{Id}|{AccessToken}";
}
