namespace OdooAspire.Gateway.WebSockets;

/// <summary>The RFC 6455 framing rules the gateway enforces on both legs of a websocket.</summary>
internal enum FrameViolation
{
    None,
    ReservedBitsSet,
    UnknownOpcode,
    FragmentedControlFrame,
    ControlFrameTooLong,
    UnmaskedClientFrame,
    MaskedServerFrame,
    LengthTooLarge,
    UnexpectedContinuation,
    MissingContinuation,
}
