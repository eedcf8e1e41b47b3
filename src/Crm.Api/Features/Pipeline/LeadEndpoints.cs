using System.Globalization;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Domain.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Pipeline;

/// <summary>Leads: entered, imported, worked, disqualified or converted, by the team that works them.</summary>
public sealed class LeadEndpoints : IEndpointGroup
{
    private static readonly string[] Workers = PipelinePermissions.Workers;

    public void Map(IEndpointRouteBuilder app)
    {
        var leads = app.MapGroup("/api/leads").WithTags("Leads")
            .RequireAuthorization(p => p.RequireRole(Workers))
            .OnlyVisible("Lead", "id", (db, key) =>
            {
                var id = new LeadId(long.Parse(key, CultureInfo.InvariantCulture));
                return db.Leads.Where(l => l.Id == id);
            });

        leads.MapGet("/", async Task<Ok<PagedResult<LeadSummary>>> (
                string? search, string? status, long? campaignId, string? owner, long? teamId, int? minScore, string? sort, int? page, int? pageSize,
                Viewer viewer, LeadQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(search, status, campaignId, owner, teamId, minScore, sort, viewer, page, pageSize, ct)))
            .WithSummary("The leads the user's teams work: open ones (New, Working) unless a status is named (All for every status); best score first, or sort=newest|company.")
            .ProducesValidationProblem();

        leads.MapGet("/{id:long}", async Task<Results<Ok<LeadResponse>, ProblemHttpResult>> (long id, LeadQueries queries, CancellationToken ct) =>
                await queries.FindAsync(id, ct) is { } lead ? TypedResults.Ok(lead) : Problems.NotFound("Lead", id))
            .WithSummary("One lead with its score and the reasons for it, and once converted, the account, contact and opportunity it became.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        leads.MapGet("/{id:long}/duplicates", async Task<Ok<IReadOnlyList<DuplicateCandidate>>> (
                long id, LeadDuplicates duplicates, CancellationToken ct) =>
                TypedResults.Ok(await duplicates.OfLeadAsync(new LeadId(id), ct)))
            .WithSummary("The accounts, contacts and other open leads this lead is likely to be: what a conversion proposes to use instead of a new prospect.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        leads.MapPost("/", async Task<Results<Created<LeadResponse>, ProblemHttpResult>> (
                LeadRequest request, Viewer viewer, LeadCommands commands, LeadQueries queries, CancellationToken ct) =>
            {
                var (id, duplicates) = await commands.CreateAsync(request, viewer, ct);
                if (id is not { } created) return Problems.LikelyDuplicates(duplicates);
                return TypedResults.Created($"/api/leads/{created}", await queries.FindAsync(created, ct));
            })
            .WithSummary("Enters a lead, scored by the configured rules. Checked against accounts (ERP customers too), contacts and open leads: a likely duplicate answers 409 with the candidates unless confirmedNotDuplicate is true.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        leads.MapPost("/import", async Task<Ok<LeadImportResponse>> (
                long? campaignId, bool? confirmedNotDuplicate, HttpRequest request, Viewer viewer, LeadImport import, CancellationToken ct) =>
                TypedResults.Ok(await import.ImportAsync(request.Body, campaignId, confirmedNotDuplicate ?? false, viewer, ct)))
            .WithSummary("Imports leads from a CSV file sent as the body (text/csv; columns company, lastName, firstName, email, phone, jobTitle, country, industry, source, owner). Each row is imported, refused with its errors per field, or held back as a likely duplicate with the candidates.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        leads.MapPatch("/{id:long}", async Task<Results<Ok<LeadResponse>, ProblemHttpResult>> (
                long id, LeadPatch patch, Viewer viewer, LeadCommands commands, LeadQueries queries, CancellationToken ct) =>
            {
                var duplicates = await commands.ChangeAsync(id, patch, viewer, ct);
                return duplicates.Count > 0 ? Problems.LikelyDuplicates(duplicates) : TypedResults.Ok((await queries.FindAsync(id, ct))!);
            })
            .WithSummary("Changes an open lead (left out = unchanged) and scores it again; a new company, name, email or phone is checked for duplicates again. If-Match is honoured.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        leads.MapPost("/{id:long}/status", async Task<Ok<LeadResponse>> (
                long id, LeadStatusRequest request, LeadCommands commands, LeadQueries queries, CancellationToken ct) =>
            {
                await commands.ChangeStatusAsync(id, request, ct);
                return TypedResults.Ok((await queries.FindAsync(id, ct))!);
            })
            .WithSummary("Works a lead (Working) or disqualifies it (Disqualified, with a reason).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        leads.MapPost("/{id:long}/convert", async Task<Results<Created<LeadConversionResponse>, Ok<LeadConversionResponse>, ProblemHttpResult>> (
                long id, LeadConversionRequest request, Viewer viewer, ConvertLead convert, CancellationToken ct) =>
            {
                var outcome = await convert.HandleAsync(id, request, viewer, ct);
                if (outcome.Converted is not { } converted) return Problems.LikelyDuplicates(outcome.Duplicates);
                return converted.Created ? TypedResults.Created($"/api/opportunities/{converted.OpportunityId}", converted) : TypedResults.Ok(converted);
            })
            .WithSummary("Converts the lead, exactly once: to accountId or a new prospect (checked for duplicates), a contact there (or contactId), and an opportunity. A second call, even at the same moment, answers 200 with the same ids.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
