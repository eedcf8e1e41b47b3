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
public sealed class CustomerTeams(CrmDbContext db, UnitOfWork unitOfWork)
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
        var key = new AccountId(id);
        var account = await db.Accounts.VisibleTo(viewer, db.Teams).FirstOrDefaultAsync(a => a.Id == key, ct)
            ?? throw RequestValidationException.For("accountId", $"Account {id} is not known.");
        if (customerNumber is { Length: > 0 } && account.CustomerNumber?.Value != customerNumber.Trim())
            throw RequestValidationException.For("customerNumber", $"Account {id} is not customer {customerNumber}: give one of the two.");
        if (account.DeletedInErpAt is not null)
            throw RequestValidationException.For("accountId", $"{account.Name} was deleted in the ERP; nothing new can be sold to it.");
        var number = account.ReferenceForDocuments();
        // A prospect's reference is kept from its first order on, for the order's lookups to find it.
        if (db.Entry(account).State == EntityState.Modified) await unitOfWork.SaveAsync(ct);
        return new OrderBuyer(number, account.TeamId, account.IsProspect);
    }
}

/// <param name="Prospect">The account has no customer number yet: the order waits for it before it goes to the ERP.</param>
public sealed record OrderBuyer(CustomerNumber Number, TeamId? Team, bool Prospect);
