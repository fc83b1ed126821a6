namespace OdooAspire.AppHost.Doctor;

/// <summary>A command line the doctor cannot act on; the message says what to change.</summary>
internal sealed class DoctorUsageException(string message) : Exception(message);
