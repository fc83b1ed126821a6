using System.Buffers.Binary;
using System.Text;

namespace OdooAspire.Gateway.WebSockets;

/// <summary>Builds an unmasked close frame, the only frame the gateway ever writes itself (to the client).</summary>
internal static class WebSocketCloseFrame
{
    /// <summary>RFC 6455: the peer broke the protocol.</summary>
    public const int ProtocolError = 1002;

    /// <summary>RFC 6455 registry: the server acting as gateway got an invalid response from upstream.</summary>
    public const int BadGateway = 1014;

    public static byte[] Create(int code, string reason)
    {
        var reasonBytes = Encoding.UTF8.GetBytes(reason);
        var length = Math.Min(reasonBytes.Length, 123);
        var frame = new byte[4 + length];
        frame[0] = 0x88;
        frame[1] = (byte)(2 + length);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(2), (ushort)code);
        reasonBytes.AsSpan(0, length).CopyTo(frame.AsSpan(4));
        return frame;
    }
}
