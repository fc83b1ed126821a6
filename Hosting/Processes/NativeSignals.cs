using System.Runtime.InteropServices;

namespace OdooAspire.Hosting.Processes;

/// <summary>kill(2), used to signal whole process groups (negative pid).</summary>
internal static partial class NativeSignals
{
    private const int NoSuchProcess = 3;

    /// <summary>Sends a signal to every process of a group; false when the group no longer exists.</summary>
    public static bool SignalGroup(int processGroupId, PosixSignalNumber signal)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(processGroupId);
        if (Kill(-processGroupId, (int)signal) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error == NoSuchProcess
            ? false
            : throw new InvalidOperationException($"kill(-{processGroupId}, {signal}) failed with errno {error}.");
    }

    /// <summary>True while any process of the group exists.</summary>
    public static bool GroupExists(int processGroupId) =>
        Kill(-processGroupId, 0) == 0 || Marshal.GetLastPInvokeError() != NoSuchProcess;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
