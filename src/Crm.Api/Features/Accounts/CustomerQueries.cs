using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

public sealed class CustomerQueries(CrmDbContext db)
{
    public async Task<PagedResult<CustomerSummary>> ListAsync(string? search, long? teamId, Viewer viewer, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Customers.AsNoTracking().VisibleTo(viewer, db.Teams).Where(c => c.DeletedInErpAt == null);
        if (SearchText.Fold(search) is { Length: > 0 } folded)
            query = query.Where(c => EF.Functions.Like(c.SearchText, SearchPattern.Containing(folded), SearchPattern.Escape));
        if (teamId is { } team)
        {
            TeamId? id = new TeamId(team);
            query = query.Where(c => c.TeamId == id);
        }
        return (await Rows(query.OrderBy(c => c.Name).ThenBy(c => c.CustomerNumber)).PageAsync(page, pageSize, ct)).Map(ToSummary);
    }

    public async Task<CustomerSummary?> GetAsync(string customerNumber, Viewer viewer, CancellationToken ct)
    {
        var number = new CustomerNumber(customerNumber);
        return await Rows(db.Customers.AsNoTracking().VisibleTo(viewer, db.Teams).Where(c => c.CustomerNumber == number && c.DeletedInErpAt == null))
            .FirstOrDefaultAsync(ct) is { } row ? ToSummary(row) : null;
    }

    private IQueryable<CustomerRow> Rows(IQueryable<Account> customers) =>
        customers.Select(c => new CustomerRow(
            c.CustomerNumber!, c.Name, c.City, c.Country, c.TransitDays, c.ReceivingDays, c.TeamId,
            db.Teams.Where(t => t.Id == c.TeamId).Select(t => t.Name).FirstOrDefault(), c.Owner, c.RequiresPurchaseOrderNumber, c.CreditLimit, c.Currency));

    private static CustomerSummary ToSummary(CustomerRow r) =>
        new(r.CustomerNumber.Value, r.Name, r.City, r.Country, r.TransitDays, r.ReceivingDays.Days, r.TeamId?.Value, r.TeamName, r.Owner,
            r.RequiresPurchaseOrderNumber, r.CreditLimit, r.Currency);

    private sealed record CustomerRow(
        CustomerNumber CustomerNumber, string Name, string City, string Country, int TransitDays, ReceivingDays ReceivingDays,
        TeamId? TeamId, string? TeamName, string? Owner, bool RequiresPurchaseOrderNumber, decimal CreditLimit, string Currency);
}
