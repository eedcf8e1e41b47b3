namespace ErpMock;

/// <summary>What the mock does wrong on purpose, each to a share of /erp/v1 calls: the ways real ERPs and the networks
/// in front of them fail.</summary>
/// <param name="ErrorRate">Answered 503, as by an ERP in maintenance.</param>
/// <param name="LatencyMs">Added to every call.</param>
/// <param name="ThrottleRate">Answered 429 with Retry-After: <paramref name="RetryAfterSeconds"/>.</param>
/// <param name="TimeoutRate">Left unanswered for <paramref name="HangSeconds"/>: longer than a client should wait.</param>
/// <param name="DuplicatePageRate">A page whose nextLink points at the same page again.</param>
/// <param name="TruncateRate">Half the body sent, then the connection dropped.</param>
/// <param name="LostAnswerRate">The call is carried out, then the connection dropped before the answer: the client
/// cannot tell whether a posted order was created.</param>
/// <param name="RejectRate">Answered 422, as an ERP refuses an order it will never take (a blocked customer).</param>
/// <param name="AnswerDelayMs">The call is carried out at once and answered this much later: the moment in which a
/// client that crashes has had its order accepted without knowing it.</param>
public sealed record FaultSettings(
    double ErrorRate = 0, int LatencyMs = 0, double ThrottleRate = 0, int RetryAfterSeconds = 1, double TimeoutRate = 0,
    int HangSeconds = 30, double DuplicatePageRate = 0, double TruncateRate = 0, double LostAnswerRate = 0,
    double RejectRate = 0, int AnswerDelayMs = 0)
{
    public bool DuplicatesPage() => Hit(DuplicatePageRate);

    internal static bool Hit(double rate) => rate > 0 && Random.Shared.NextDouble() < rate;

    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, rate) in new[]
        {
            ("errorRate", ErrorRate), ("throttleRate", ThrottleRate), ("timeoutRate", TimeoutRate),
            ("duplicatePageRate", DuplicatePageRate), ("truncateRate", TruncateRate), ("lostAnswerRate", LostAnswerRate),
            ("rejectRate", RejectRate),
        })
        {
            if (rate is < 0 or > 1) errors[name] = ["A share between 0 and 1."];
        }
        if (LatencyMs is < 0 or > 60_000) errors["latencyMs"] = ["0 to 60,000 ms."];
        if (AnswerDelayMs is < 0 or > 600_000) errors["answerDelayMs"] = ["0 to 600,000 ms."];
        if (RetryAfterSeconds is < 0 or > 3_600) errors["retryAfterSeconds"] = ["0 to 3,600 s."];
        if (HangSeconds is < 1 or > 600) errors["hangSeconds"] = ["1 to 600 s."];
        return errors;
    }
}

public static class Faults
{
    public static void UseFaults(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var faults = context.RequestServices.GetRequiredService<MockState>().Faults;
            if (!context.Request.Path.StartsWithSegments("/erp"))
            {
                await next(context);
                return;
            }
            if (faults.LatencyMs > 0) await Task.Delay(faults.LatencyMs, context.RequestAborted);
            if (FaultSettings.Hit(faults.ErrorRate))
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsync("The ERP is unavailable (injected fault).");
                return;
            }
            if (FaultSettings.Hit(faults.ThrottleRate))
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = faults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await context.Response.WriteAsync("Too many requests (injected fault).");
                return;
            }
            if (FaultSettings.Hit(faults.RejectRate))
            {
                context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                await context.Response.WriteAsync("The ERP refuses this (injected fault).");
                return;
            }
            if (FaultSettings.Hit(faults.TimeoutRate))
            {
                await Task.Delay(TimeSpan.FromSeconds(faults.HangSeconds), context.RequestAborted);
                context.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
                return;
            }
            var truncate = FaultSettings.Hit(faults.TruncateRate);
            var loseAnswer = FaultSettings.Hit(faults.LostAnswerRate);
            if (!truncate && !loseAnswer && faults.AnswerDelayMs == 0)
            {
                await next(context);
                return;
            }
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            await next(context);
            context.Response.Body = original;
            if (!truncate && !loseAnswer)
            {
                await Task.Delay(faults.AnswerDelayMs, context.RequestAborted);
                await original.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
                return;
            }
            if (truncate)
            {
                context.Response.ContentLength = buffer.Length;
                await original.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length / 2), context.RequestAborted);
                await original.FlushAsync(context.RequestAborted);
            }
            context.Abort();
        });
}
