using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Service;

/// <summary>The service desk's settings (calendar, SLA policies, reopen period) and the SLA run on demand.</summary>
public sealed class ServiceEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/lookup", async Task<Ok<LookupResponse>> (string? phone, string? email, Viewer viewer, CallerLookup lookup, CancellationToken ct) =>
                TypedResults.Ok(await lookup.FindAsync(phone, email, viewer, ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.People))
            .WithName("lookupCaller")
            .WithTags("Service")
            .WithSummary("The screen pop: the contact and account a phone number (any format) or email address belongs to, with open cases, open orders and their next promised delivery, and lines at risk.")
            .ProducesValidationProblem();

        var service = app.MapGroup("/api/service").WithTags("Service")
            .RequireAuthorization(p => p.RequireRole(Roles.People));

        app.MapPost("/api/service/inbound-mail", async Task<Results<Created<InboundMailResponse>, Ok<InboundMailResponse>>> (
                HttpRequest request, InboundMail inbound, CancellationToken ct) =>
            {
                var taken = await inbound.TakeAsync(request.Body, ct);
                return taken.Outcome == InboundMail.Opened
                    ? TypedResults.Created($"/api/cases/{taken.CaseId}", taken)
                    : TypedResults.Ok(taken);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Integration, Roles.Admin))
            .WithName("takeInboundMail")
            .WithTags("Service")
            .WithSummary("Hands the desk a mail sent to its address, as message/rfc822 (the mail gateway's webhook): a known sender's mail opens a case (201) with its files; a reply naming one of their cases ([Case 12]) answers it (200); the same Message-ID again changes nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        service.MapPost("/sla/run", async Task<Ok<SlaRunResponse>> (SlaJob job, CancellationToken ct) => TypedResults.Ok(await job.RunAsync(ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithSummary("Runs the SLA job now: every open case's clocks for the current time, warnings and escalations.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        service.MapGet("/settings", async Task<Ok<ServiceSettingsResponse>> (ServiceSettingsCommands settings, CancellationToken ct) =>
                TypedResults.Ok(await settings.GetAsync(ct)))
            .WithSummary("The desk's service calendar, SLA policies per priority (and segment), warning and escalation shares, reopen period and queues.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        service.MapPut("/settings", async Task<Ok<ServiceSettingsResponse>> (ServiceSettingsRequest request, ServiceSettingsCommands settings, CancellationToken ct) =>
                TypedResults.Ok(await settings.ChangeAsync(request, ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithSummary("Sets the calendar and the SLA. Open cases are re-targeted by the next SLA run.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
