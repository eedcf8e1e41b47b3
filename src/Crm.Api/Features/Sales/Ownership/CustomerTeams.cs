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
public sealed class CustomerTeams(CrmDbContext db, DocumentBuyers buyers)
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

    /// <summary>Who a new order is for: an ERP customer by its number, or any visible account by its id — a prospect's
    /// order carries the prospect's CRM reference until the ERP has created it.</summary>
    public async Task<OrderBuyer> ForNewOrderAsync(string? customerNumber, long? accountId, Viewer viewer, CancellationToken ct)
    {
        if (accountId is not { } id)
        {
            if (string.IsNullOrWhiteSpace(customerNumber))
                throw RequestValidationException.For("customerNumber", "An order needs a customer: its customer number, or the account id of a prospect.");
            return new OrderBuyer(new CustomerNumber(customerNumber), await ForNewDocumentAsync(customerNumber, viewer, ct), Prospect: false);
        }
        var buyer = await buyers.ForNewDocumentAsync(id, customerNumber, viewer, ct);
        return new OrderBuyer(buyer.Number, buyer.Team, buyer.Prospect);
    }
}

/// <param name="Prospect">The account has no customer number yet: the order waits for it before it goes to the ERP.</param>
public sealed record OrderBuyer(CustomerNumber Number, TeamId? Team, bool Prospect);
