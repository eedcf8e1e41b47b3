using Polly;

namespace ErpBridge;

internal static class ErpFailures
{
    /// <summary>What it looks like when the ERP cannot be used right now: no connection, a failing status, a body
    /// that is not what was promised, a timeout, or the resilience pipeline refusing (open circuit, attempt timeout).</summary>
    public static bool IsUnavailable(Exception e, CancellationToken ct) =>
        e is HttpRequestException or System.Text.Json.JsonException or ExecutionRejectedException
        || (e is TaskCanceledException && !ct.IsCancellationRequested);
}
