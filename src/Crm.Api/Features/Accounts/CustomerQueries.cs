using Crm.Api.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

public sealed class CustomerQueries(CrmDbContext db)
{
    public async Task<PagedResult<CustomerSummary>> ListAsync(string? search, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Customers.AsNoTracking().Where(c => c.DeletedInErpAt == null);
        if (SearchText.Fold(search) is { Length: > 0 } folded)
            query = query.Where(c => EF.Functions.Like(c.SearchText, SearchPattern.Containing(folded), SearchPattern.Escape));
        return (await query.OrderBy(c => c.Name).ThenBy(c => c.CustomerNumber).Select(Row).PageAsync(page, pageSize, ct)).Map(ToSummary);
    }

    public async Task<CustomerSummary?> GetAsync(string customerNumber, CancellationToken ct)
    {
        var number = new CustomerNumber(customerNumber);
        return await db.Customers.AsNoTracking().Where(c => c.CustomerNumber == number && c.DeletedInErpAt == null)
            .Select(Row).FirstOrDefaultAsync(ct) is { } row ? ToSummary(row) : null;
    }

    public static CustomerSummary ToSummary(Customer c) =>
        ToSummary(new CustomerRow(c.CustomerNumber, c.Name, c.City, c.Country, c.TransitDays, c.ReceivingDays));

    private static readonly System.Linq.Expressions.Expression<Func<Customer, CustomerRow>> Row =
        c => new CustomerRow(c.CustomerNumber, c.Name, c.City, c.Country, c.TransitDays, c.ReceivingDays);

    private static CustomerSummary ToSummary(CustomerRow r) =>
        new(r.CustomerNumber.Value, r.Name, r.City, r.Country, r.TransitDays, r.ReceivingDays.Days);

    private sealed record CustomerRow(CustomerNumber CustomerNumber, string Name, string City, string Country, int TransitDays, ReceivingDays ReceivingDays);
}
