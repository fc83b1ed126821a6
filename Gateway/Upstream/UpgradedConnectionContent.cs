using System.Net;

namespace OdooAspire.Gateway.Upstream;

/// <summary>A 101 response's content: the upgraded connection itself, readable and writable, as YARP's copy loops need it.</summary>
internal sealed class UpgradedConnectionContent(UpgradedConnectionStream connection) : HttpContent
{
    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(connection);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => connection.CopyToAsync(stream);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            connection.Dispose();
        }

        base.Dispose(disposing);
    }
}
