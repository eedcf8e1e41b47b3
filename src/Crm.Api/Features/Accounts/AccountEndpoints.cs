using System.Globalization;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>Accounts: ERP customers and the CRM's prospects in one list. A rep sees their teams' accounts only.</summary>
public sealed class AccountEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/accounts").WithTags("Accounts")
            .OnlyVisible("Account", "id", (db, key) =>
            {
                var id = new AccountId(long.Parse(key, CultureInfo.InvariantCulture));
                return db.Accounts.Where(a => a.Id == id && a.DeletedInErpAt == null);
            });

        accounts.MapGet("/", async Task<Ok<PagedResult<AccountSummary>>> (
                string? search, string? kind, long? teamId, string? tag, string? abcClass, int? page, int? pageSize, Viewer viewer, AccountQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(search, kind, teamId, tag, viewer, page, pageSize, ct, abcClass)))
            .WithSummary("Accounts the user sees, by name; search finds a number, name, city, VAT id, email domain or phone (any format), ignoring case and accents; kind is Customer or Prospect; abcClass (A, B, C) filters by segment.")
            .ProducesValidationProblem();

        accounts.MapGet("/{id:long}", async Task<Results<Ok<AccountResponse>, ProblemHttpResult>> (
                long id, Viewer viewer, AccountQueries queries, CancellationToken ct) =>
                await queries.FindAsync(id, viewer, ct) is { } account ? TypedResults.Ok(account) : Problems.NotFound("Account", id))
            .WithSummary("One account with its CRM fields, team and owner.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        accounts.MapPost("/", async Task<Results<Created<AccountResponse>, ProblemHttpResult>> (
                AccountRequest request, Viewer viewer, CreateProspect handler, AccountQueries queries, CancellationToken ct) =>
            {
                var (id, duplicates) = await handler.HandleAsync(request, viewer, ct);
                if (id is not { } created) return Problems.LikelyDuplicates(duplicates);
                return TypedResults.Created($"/api/accounts/{created}", await queries.FindAsync(created, viewer, ct));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Sales, Roles.Manager, Roles.OrderDesk, Roles.Admin))
            .WithSummary("A prospect: a company the ERP does not know yet. Likely duplicates answer 409 with the candidates, their score and why, unless confirmedNotDuplicate is true.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        accounts.MapPatch("/{id:long}", async Task<Results<Ok<AccountResponse>, ProblemHttpResult>> (
                long id, AccountPatch patch, Viewer viewer, ChangeAccount handler, AccountQueries queries, CancellationToken ct) =>
            {
                var duplicates = await handler.HandleAsync(id, patch, viewer.UserName, ct);
                return duplicates.Count > 0 ? Problems.LikelyDuplicates(duplicates) : TypedResults.Ok((await queries.FindAsync(id, viewer, ct))!);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Sales, Roles.Manager, Roles.OrderDesk, Roles.Admin))
            .WithSummary("Changes the account's CRM fields (left out = unchanged, empty = cleared); a prospect's name, address, VAT id, phone and email too, checked for duplicates again. If-Match is honoured (412 when stale).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        accounts.MapPost("/{id:long}/erp-customer", async Task<Accepted<AccountResponse>> (
                long id, Viewer viewer, RequestErpCustomer handler, AccountQueries queries, CancellationToken ct) =>
            {
                await handler.HandleAsync(id, viewer.UserName, ct);
                return TypedResults.Accepted($"/api/accounts/{id}", (await queries.FindAsync(id, viewer, ct))!);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Sales, Roles.Manager, Roles.OrderDesk, Roles.Admin))
            .WithSummary("Asks the ERP to create the prospect as its customer (through the outbox, once); the account shows it waits until the ERP's number arrives.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        accounts.MapGet("/{id:long}/contacts", async Task<Ok<PagedResult<ContactResponse>>> (
                long id, string? search, int? page, int? pageSize, Contacts contacts, CancellationToken ct) =>
                TypedResults.Ok(await contacts.ListAsync(id, search, page, pageSize, ct)))
            .WithSummary("The account's people, the primary contact first; search finds a name, email or phone.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        accounts.MapGet("/{id:long}/contacts/{contactId:long}", async Task<Results<Ok<ContactResponse>, ProblemHttpResult>> (
                long id, long contactId, Contacts contacts, CancellationToken ct) =>
                await contacts.FindAsync(id, contactId, ct) is { } contact ? TypedResults.Ok(contact) : Problems.NotFound("Contact", contactId))
            .WithMetadata(ContactGuard())
            .WithSummary("One person at the account, with its version as the ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        accounts.MapPatch("/{id:long}/contacts/{contactId:long}", async Task<Results<Ok<ContactResponse>, ProblemHttpResult>> (
                long id, long contactId, ContactPatch patch, Viewer viewer, Contacts contacts, CancellationToken ct) =>
            {
                var (changed, duplicates) = await contacts.ChangeAsync(id, contactId, patch, viewer, ct);
                return changed is null ? Problems.LikelyDuplicates(duplicates) : TypedResults.Ok(changed);
            })
            .WithMetadata(ContactGuard())
            .RequireAuthorization(p => p.RequireRole(Roles.Sales, Roles.Manager, Roles.OrderDesk, Roles.Service, Roles.Admin))
            .WithSummary("Changes a person at the account (left out = unchanged, empty = cleared); a new name, email or phone is checked for duplicates again (409 with the candidates unless confirmedNotDuplicate). isPrimary true makes it the account's primary contact. If-Match is honoured (412 when stale).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        accounts.MapPost("/{id:long}/contacts", async Task<Results<Created<ContactResponse>, ProblemHttpResult>> (
                long id, ContactRequest request, Viewer viewer, Contacts contacts, CancellationToken ct) =>
            {
                var (created, duplicates) = await contacts.CreateAsync(id, request, viewer, ct);
                return created is null ? Problems.LikelyDuplicates(duplicates) : TypedResults.Created($"/api/accounts/{id}/contacts/{created.Id}", created);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Sales, Roles.Manager, Roles.OrderDesk, Roles.Service, Roles.Admin))
            .WithSummary("A person at the account. The same email or phone anywhere, or the same name at this account, answers 409 with the candidates unless confirmedNotDuplicate is true.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>A contact is there for whoever sees its account, under that account's id; its own version is its ETag.</summary>
    private static RecordGuard ContactGuard() => new("Contact", "contactId",
        (http, key) =>
        {
            var db = http.RequestServices.GetRequiredService<CrmDbContext>();
            var (account, contact) = (AccountOf(http), new ContactId(long.Parse(key, CultureInfo.InvariantCulture)));
            var visible = db.Accounts.Where(a => a.Id == account && a.DeletedInErpAt == null).VisibleTo(Viewer.Of(http.User), db.Teams).Select(a => a.Id);
            return db.Contacts.AnyAsync(c => c.Id == contact && visible.Contains(c.AccountId), http.RequestAborted);
        },
        (http, key) =>
        {
            var contact = new ContactId(long.Parse(key, CultureInfo.InvariantCulture));
            return http.RequestServices.GetRequiredService<CrmDbContext>().Contacts.Where(c => c.Id == contact).VersionAsync(http.RequestAborted);
        });

    private static AccountId AccountOf(HttpContext http) =>
        new(long.Parse((string)http.Request.RouteValues["id"]!, CultureInfo.InvariantCulture));
}
