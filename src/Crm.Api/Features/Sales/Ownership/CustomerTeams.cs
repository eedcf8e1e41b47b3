using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Ownership;

/// <summary>A new quote or order belongs to its customer's team. A customer the user does not see is refused as an
/// unknown one, so nothing tells a rep that another team's customer exists.</summary>
public sealed class CustomerTeams(CrmDbContext db)
{
    public async Task<TeamId?> ForNewDocumentAsync(string customerNumber, Viewer viewer, CancellationToken ct)
    {
        var number = new CustomerNumber(customerNumber);
        var customer = await db.Customers.AsNoTracking().VisibleTo(viewer, db.Teams).Where(c => c.CustomerNumber == number)
            .Select(c => new { c.TeamId }).FirstOrDefaultAsync(ct);
        return customer is null
            ? throw RequestValidationException.For("customerNumber", $"Customer {customerNumber} is not known.")
            : customer.TeamId;
    }
}
