using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Features.Activities;
using Crm.Api.Features.Pipeline;
using Crm.Api.Features.Sales.Orders;
using Crm.Api.Features.Sales.Quotes;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Activities;
using Crm.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.ReadModels;

/// <summary>The customer 360: one account with its people, deals, quotes, orders (promise status, lines at risk),
/// invoices, activities and segment, in one call. A read across the areas (DESIGN §2 allows it for this screen), so it
/// sits above them and asks each area's own queries.</summary>
public sealed class CustomerOverview(
    CrmDbContext db, AccountQueries accounts, Contacts contacts, OpportunityQueries opportunities, QuoteQueries quotes, OrderQueries orders,
    ActivityQueries activities, TimeProvider time)
{
    private const int Shown = 10;

    public async Task<AccountOverview?> GetAsync(long id, Viewer viewer, CancellationToken ct)
    {
        if (await accounts.FindAsync(id, viewer, ct) is not { } account) return null;
        var accountId = new AccountId(id);
        var segment = await db.Accounts.AsNoTracking().Where(a => a.Id == accountId)
            .Select(a => new SegmentResponse(a.AbcClass == null ? null : a.AbcClass.ToString(), a.PreviousAbcClass == null ? null : a.PreviousAbcClass.ToString(),
                a.RecencyScore, a.FrequencyScore, a.MonetaryScore, a.SegmentedOn))
            .FirstAsync(ct);
        var people = await contacts.ListAsync(id, null, 1, 20, ct);
        var deals = await opportunities.ListAsync(new OpportunityQueries.Filter(Status: "Open", AccountId: id), null, viewer, 1, Shown, ct);
        var now = time.GetUtcNow();
        var next = await activities.ListAsync(new ActivityQueries.Filter(AccountId: id, Status: nameof(ActivityStatus.Open)), viewer, 1, 5, ct);
        var past = await activities.ListAsync(new ActivityQueries.Filter(AccountId: id, Status: nameof(ActivityStatus.Done)), viewer, 1, Shown, ct);
        if (account.CustomerNumber is not { } number)
        {
            // A prospect's orders carry its CRM reference while they wait for its customer number.
            var reference = await db.Accounts.Where(a => a.Id == accountId).Select(a => a.ErpReference).FirstAsync(ct);
            var waiting = reference is null ? [] : (await orders.ListAsync(reference, null, null, null, viewer, 1, Shown, ct)).Items;
            return new AccountOverview(account, segment, people.Items, deals.Items, [], waiting, new InvoiceTotals(0, 0, 0, 0, []), next.Items, past.Items);
        }

        var openQuotes = await quotes.ListAsync(number, null, null, null, viewer, 1, Shown, ct);
        var recentOrders = await orders.ListAsync(number, null, null, null, viewer, 1, Shown, ct);
        return new AccountOverview(account, segment, people.Items, deals.Items, openQuotes.Items, recentOrders.Items,
            await InvoicesAsync(new CustomerNumber(number), now, ct), next.Items, past.Items);
    }

    private async Task<InvoiceTotals> InvoicesAsync(CustomerNumber customer, DateTimeOffset now, CancellationToken ct)
    {
        var since = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(-12);
        var invoices = db.Invoices.AsNoTracking()
            .Where(i => db.SalesOrders.Any(o => o.CustomerNumber == customer && o.Number == i.OrderNumber) && (!i.Paid || i.DueDate >= since));
        var totals = await invoices.GroupBy(i => i.Paid).Select(g => new { Paid = g.Key, Count = g.Count(), Amount = g.Sum(i => i.Amount) }).ToListAsync(ct);
        var latest = await invoices.OrderByDescending(i => i.DueDate).Take(Shown)
            .Select(i => new InvoiceResponse(i.InvoiceNumber, i.Amount, i.Currency, i.DueDate, i.Paid)).ToListAsync(ct);
        var (open, paid) = (totals.FirstOrDefault(t => !t.Paid), totals.FirstOrDefault(t => t.Paid));
        return new InvoiceTotals(open?.Count ?? 0, open?.Amount ?? 0, paid?.Count ?? 0, paid?.Amount ?? 0, latest);
    }
}

/// <summary><c>GET /api/accounts/{id}/overview</c>: the 360 of an account the user sees.</summary>
public sealed class CustomerOverviewEndpoint : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/accounts/{id:long}/overview", async Task<Results<Ok<AccountOverview>, ProblemHttpResult>> (
                long id, Viewer viewer, CustomerOverview overview, CancellationToken ct) =>
                await overview.GetAsync(id, viewer, ct) is { } found ? TypedResults.Ok(found) : Problems.NotFound("Account", id))
            .WithTags("Accounts")
            .RequireAuthorization(p => p.RequireRole(Roles.People))
            .WithSummary("The customer 360 in one call: the account and its segment, contacts, open opportunities, latest quotes and orders (with lines at risk), invoices open and paid, next and past activities.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
