using System.Buffers.Binary;
using System.Text;

namespace OdooAspire.Gateway.WebSockets;

/// <summary>
/// Follows RFC 6455 frame headers on one leg of an upgraded connection, counting data messages and reading
/// close frames, without copying payloads: headers are a few bytes, payloads are skipped by length.
/// </summary>
internal sealed class WebSocketFrameParser(WebSocketDirection direction, bool reservedBit1Allowed)
{
    private const int MaxControlPayload = 125;

    private readonly bool _fromClient = direction == WebSocketDirection.ClientToOdoo;
    private readonly byte[] _mask = new byte[4];
    private byte[]? _closePayload;
    private State _state;
    private int _opcode;
    private bool _fin;
    private bool _masked;
    private bool _inMessage;
    private int _remainingHeaderBytes;
    private ulong _payloadLength;
    private ulong _payloadRead;

    private enum State
    {
        FirstByte,
        SecondByte,
        ExtendedLength,
        MaskKey,
        Payload,
        Failed,
    }

    public WebSocketDirection Direction { get; } = direction;

    /// <summary>The first close frame this leg carried, if any.</summary>
    public ObservedClose? Close { get; private set; }

    public FrameViolation Violation { get; private set; }

    public FrameParseResult Parse(ReadOnlySpan<byte> data)
    {
        var messages = 0;
        var frameStart = -1;
        var i = 0;
        while (i < data.Length)
        {
            switch (_state)
            {
                case State.FirstByte:
                    frameStart = i;
                    var violation = ReadFirstByte(data[i++]);
                    if (violation != FrameViolation.None)
                    {
                        return Fail(messages, violation, frameStart);
                    }

                    break;
                case State.SecondByte:
                    violation = ReadSecondByte(data[i++]);
                    if (violation != FrameViolation.None)
                    {
                        return Fail(messages, violation, frameStart);
                    }

                    if (_state == State.SecondByte)
                    {
                        messages += StartPayload();
                    }

                    break;
                case State.ExtendedLength:
                    _payloadLength = (_payloadLength << 8) | data[i++];
                    if (--_remainingHeaderBytes == 0)
                    {
                        if (_payloadLength > long.MaxValue)
                        {
                            return Fail(messages, FrameViolation.LengthTooLarge, frameStart);
                        }

                        messages += StartPayload();
                    }

                    break;
                case State.MaskKey:
                    _mask[4 - _remainingHeaderBytes] = data[i++];
                    if (--_remainingHeaderBytes == 0)
                    {
                        _state = State.Payload;
                        if (_payloadLength == 0)
                        {
                            messages += EndFrame();
                        }
                    }

                    break;
                case State.Payload:
                    var take = (int)Math.Min(_payloadLength - _payloadRead, (ulong)(data.Length - i));
                    if (_opcode == 0x8)
                    {
                        CaptureClosePayload(data.Slice(i, take));
                    }

                    _payloadRead += (ulong)take;
                    i += take;
                    if (_payloadRead == _payloadLength)
                    {
                        messages += EndFrame();
                    }

                    break;
                default:
                    return new FrameParseResult(messages, Violation, -1);
            }
        }

        return new FrameParseResult(messages, FrameViolation.None, -1);
    }

    private FrameViolation ReadFirstByte(byte value)
    {
        _fin = (value & 0x80) != 0;
        var reserved = value & 0x70;
        _opcode = value & 0x0F;
        if (reserved != 0 && !(reservedBit1Allowed && reserved == 0x40))
        {
            return FrameViolation.ReservedBitsSet;
        }

        switch (_opcode)
        {
            case 0x0 when !_inMessage:
                return FrameViolation.UnexpectedContinuation;
            case 0x1 or 0x2 when _inMessage:
                return FrameViolation.MissingContinuation;
            case 0x8 or 0x9 or 0xA when !_fin:
                return FrameViolation.FragmentedControlFrame;
            case 0x0 or 0x1 or 0x2 or 0x8 or 0x9 or 0xA:
                _state = State.SecondByte;
                return FrameViolation.None;
            default:
                return FrameViolation.UnknownOpcode;
        }
    }

    private FrameViolation ReadSecondByte(byte value)
    {
        _masked = (value & 0x80) != 0;
        var length = value & 0x7F;
        if (_fromClient && !_masked)
        {
            return FrameViolation.UnmaskedClientFrame;
        }

        if (!_fromClient && _masked)
        {
            return FrameViolation.MaskedServerFrame;
        }

        if (_opcode >= 0x8 && length > MaxControlPayload)
        {
            return FrameViolation.ControlFrameTooLong;
        }

        _payloadLength = 0;
        _payloadRead = 0;
        if (length >= 126)
        {
            _remainingHeaderBytes = length == 126 ? 2 : 8;
            _state = State.ExtendedLength;
        }
        else
        {
            _payloadLength = (ulong)length;
        }

        return FrameViolation.None;
    }

    private int StartPayload()
    {
        if (_masked)
        {
            _remainingHeaderBytes = 4;
            _state = State.MaskKey;
            return 0;
        }

        _state = State.Payload;
        return _payloadLength == 0 ? EndFrame() : 0;
    }

    private void CaptureClosePayload(ReadOnlySpan<byte> chunk)
    {
        if (Close is not null)
        {
            return;
        }

        _closePayload ??= new byte[(int)_payloadLength];
        for (var k = 0; k < chunk.Length; k++)
        {
            var position = (int)_payloadRead + k;
            _closePayload[position] = _masked ? (byte)(chunk[k] ^ _mask[position & 3]) : chunk[k];
        }
    }

    private int EndFrame()
    {
        _state = State.FirstByte;
        switch (_opcode)
        {
            case 0x8:
                RecordClose();
                return 0;
            case 0x0 or 0x1 or 0x2:
                _inMessage = !_fin;
                return _fin ? 1 : 0;
            default:
                return 0;
        }
    }

    private void RecordClose()
    {
        if (Close is not null)
        {
            return;
        }

        var payload = _closePayload ?? [];
        Close = payload.Length >= 2
            ? new ObservedClose(Direction, BinaryPrimitives.ReadUInt16BigEndian(payload), Encoding.UTF8.GetString(payload, 2, payload.Length - 2))
            : new ObservedClose(Direction, null, string.Empty);
        _closePayload = null;
    }

    private FrameParseResult Fail(int messages, FrameViolation violation, int frameStart)
    {
        _state = State.Failed;
        Violation = violation;
        return new FrameParseResult(messages, violation, frameStart);
    }
}
