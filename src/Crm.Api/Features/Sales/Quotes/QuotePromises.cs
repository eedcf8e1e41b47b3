using Crm.Contracts;
using Crm.Api.Features.Sales.Availability;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>What could be promised for a quote's lines now (nothing is reserved), kept on its lines with the time of
/// the check: every save, every explicit check, and a document older than the freshness limit ask again.</summary>
public sealed class QuotePromises(CheckAvailability check, IConfiguration configuration, TimeProvider time)
{
    /// <summary>How old a quote's dates may be before its PDF or mail asks again.</summary>
    public TimeSpan Freshness => TimeSpan.FromMinutes(configuration.GetValue("Quotes:PromiseFreshnessMinutes", 60));

    public async Task<AvailabilityResponse> RecheckAsync(Quote quote, CancellationToken ct)
    {
        var promise = await check.HandleAsync(Request(quote), explain: false, ct);
        quote.RecordPromise([.. promise.Lines.Select(Of)], time.GetUtcNow());
        return promise;
    }

    /// <summary>Asks again when the quote's dates are older than the freshness limit (a converted quote's are its order's).</summary>
    /// <returns>Whether it asked.</returns>
    public async Task<bool> RefreshIfStaleAsync(Quote quote, CancellationToken ct)
    {
        if (quote.SalesOrderId is not null || quote.IsSuperseded) return false;
        if (quote.PromiseCheckedAt is { } checkedAt && time.GetUtcNow() - checkedAt <= Freshness) return false;
        await RecheckAsync(quote, ct);
        return true;
    }

    public static AvailabilityRequest Request(Quote quote) => new(
        quote.CustomerNumber.Value, null, quote.RequestedDeliveryDate, quote.ShipComplete,
        [.. quote.Lines.Select(l => new AvailabilityLineRequest(l.ItemNumber, l.Quantity, l.CompleteDelivery, l.Plant))]);

    public static QuoteLinePromise Of(AvailabilityLineResponse line) =>
        new([.. line.ScheduleLines.Select(s => new PromisedDelivery(s.Quantity, s.DeliveryDate))]);
}
