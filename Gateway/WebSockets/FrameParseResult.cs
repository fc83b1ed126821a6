namespace OdooAspire.Gateway.WebSockets;

/// <summary>
/// What one buffer held: completed data messages, and the first violation with the offset of the frame
/// that broke the rules (-1 when that frame started in an earlier buffer).
/// </summary>
internal readonly record struct FrameParseResult(int Messages, FrameViolation Violation, int ViolationFrameStart)
{
    public bool IsViolation => Violation != FrameViolation.None;
}
