using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Crm.Api.Infrastructure;

/// <summary>A bulkhead for confirmations: each holds a database connection while it waits for its products' locks,
/// so a burst beyond what the pool can serve waits here, in order, instead of in the connection pool.</summary>
public static class ConfirmationLimit
{
    public const string Policy = "confirmations";

    public static void AddConfirmationLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Atp:ConcurrentConfirmations", 16);
        var queue = configuration.GetValue("Atp:QueuedConfirmations", 2_000);
        services.AddRateLimiter(o =>
        {
            o.AddConcurrencyLimiter(Policy, l =>
            {
                l.PermitLimit = permits;
                l.QueueLimit = queue;
                l.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            o.OnRejected = (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "2";
                return new ValueTask(context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context.HttpContext,
                        ProblemDetails = { Status = 503, Title = "Too many confirmations at once", Detail = "Try again in a moment." },
                    }).AsTask());
            };
        });
    }
}
