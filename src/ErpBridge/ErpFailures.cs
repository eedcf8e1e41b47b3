using System.Net.Http.Headers;
using Polly;

namespace ErpBridge;

internal static class ErpFailures
{
    /// <summary>What it looks like when the ERP cannot be used right now: no connection, a failing status, a body
    /// that is not what was promised or was cut off, a timeout, or the resilience pipeline refusing (open circuit,
    /// attempt timeout).</summary>
    public static bool IsUnavailable(Exception e, CancellationToken ct) =>
        e is HttpRequestException or IOException or System.Text.Json.JsonException or ExecutionRejectedException
        || (e is TaskCanceledException && !ct.IsCancellationRequested);

    /// <summary>A body that arrived broken: asking again usually helps, and the resilience pipeline (which sees only
    /// the status and headers) does not.</summary>
    public static bool IsBrokenBody(Exception e) => e is IOException or System.Text.Json.JsonException;

    public static bool IsRefusal(System.Net.HttpStatusCode status) =>
        (int)status is >= 400 and < 500 && status is not (System.Net.HttpStatusCode.RequestTimeout or System.Net.HttpStatusCode.TooManyRequests);

    /// <summary>The wait the ERP asked for, as seconds or as a date.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when date > now => date - now,
        _ => null,
    };
}
