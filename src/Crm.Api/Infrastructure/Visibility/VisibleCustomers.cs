using Crm.Api.Persistence;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Infrastructure.Visibility;

/// <summary>The ERP customers a viewer sees, by number, for records of other areas that are scoped to a customer
/// (a customer's price list): they follow the customer's visibility without knowing the account.</summary>
public static class VisibleCustomers
{
    public static IQueryable<CustomerNumber> CustomerNumbersVisibleTo(this CrmDbContext db, Viewer viewer, bool includeDeletedInErp = true) =>
        db.Customers.VisibleTo(viewer, db.Teams).Where(c => includeDeletedInErp || c.DeletedInErpAt == null).Select(c => c.CustomerNumber!);

    public static Task<string?> CustomerNameAsync(this CrmDbContext db, CustomerNumber number, CancellationToken ct) =>
        db.Customers.Where(c => c.CustomerNumber == number).Select(c => (string?)c.Name).FirstOrDefaultAsync(ct);
}
