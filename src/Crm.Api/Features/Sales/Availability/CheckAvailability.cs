using AutoMapper;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Domain.Common;
using Crm.Domain.Promising;

namespace Crm.Api.Features.Sales.Availability;

/// <summary>Answers what could be promised for a request right now. Reserves nothing.</summary>
public sealed class CheckAvailability(
    RequestedLines requestedLines, CustomerLookup customers, AvailabilityReader availability, PromiseExplainer explainer,
    TimeProvider time, IMapper mapper)
{
    public async Task<AvailabilityResponse> HandleAsync(AvailabilityRequest request, bool explain, CancellationToken ct)
    {
        var today = time.Today();
        PlanningHorizon.Check(request.RequestedDeliveryDate, today, "requestedDeliveryDate");
        var terms = await customers.TermsAsync(request.CustomerNumber, ct);
        var lines = await requestedLines.ResolveAsync(request.ToRequestedLines(), request.Plant, ct);
        var products = await availability.LoadAsync([.. lines.Select(l => l.Request.Key()).Distinct()], today, null, ct);
        var promise = PromisingEngine.Promise(
            new PromiseRequest(today, request.RequestedDeliveryDate, terms.TransitDays, request.ShipComplete, [.. lines.Select(l => l.Request)], terms.ReceivingDays),
            products);
        var response = mapper.Map<AvailabilityResponse>(promise);
        if (!explain) return response;

        var explained = explainer.Explain(
            [.. promise.Lines.Select((l, i) => new LineToExplain(lines[i].Request.Key(), response.Lines[i].ScheduleLines))], products, today);
        return response with
        {
            Lines = [.. response.Lines.Select((l, i) => l with { ScheduleLines = explained[i] })],
            Sources = await explainer.FreshnessAsync(ct),
        };
    }
}
