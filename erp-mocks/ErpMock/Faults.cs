namespace ErpMock;

/// <summary>What the mock does wrong on purpose: a share of ERP calls answered with 503.</summary>
public sealed record FaultSettings(double ErrorRate = 0);

public static class Faults
{
    /// <summary>Fails that share of /erp/v1 calls, the way an ERP in maintenance or overloaded does.</summary>
    public static void UseFaults(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var faults = context.RequestServices.GetRequiredService<MockState>().Faults;
            if (context.Request.Path.StartsWithSegments("/erp") && Random.Shared.NextDouble() < faults.ErrorRate)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsync("The ERP is unavailable (injected fault).");
                return;
            }
            await next(context);
        });
}
