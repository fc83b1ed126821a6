namespace OdooAspire.Hosting.Processes;

/// <summary>Signal numbers as Linux defines them.</summary>
internal enum PosixSignalNumber
{
    Int = 2,
    Kill = 9,
    Term = 15,
}
