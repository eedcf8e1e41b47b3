using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <param name="Number">The customer number, or a prospect's CRM reference until the ERP has created it.</param>
/// <param name="Prospect">The account has no customer number yet.</param>
public sealed record DocumentBuyer(CustomerNumber Number, TeamId? Team, bool Prospect);

/// <summary>The account a new document is for, chosen by its id: any account the user sees, not deleted in the ERP.
/// A prospect is given its document reference here, the first time one of its documents needs it.</summary>
public sealed class DocumentBuyers(CrmDbContext db, UnitOfWork unitOfWork)
{
    public async Task<DocumentBuyer> ForNewDocumentAsync(long accountId, string? customerNumber, Viewer viewer, CancellationToken ct)
    {
        var key = new AccountId(accountId);
        var account = await db.Accounts.VisibleTo(viewer, db.Teams).FirstOrDefaultAsync(a => a.Id == key, ct)
            ?? throw RequestValidationException.For("accountId", $"Account {accountId} is not known.");
        if (customerNumber is { Length: > 0 } && account.CustomerNumber?.Value != customerNumber.Trim())
            throw RequestValidationException.For("customerNumber", $"Account {accountId} is not customer {customerNumber}: give one of the two.");
        if (account.DeletedInErpAt is not null)
            throw RequestValidationException.For("accountId", $"{account.Name} was deleted in the ERP; nothing new can be sold to it.");
        var number = account.ReferenceForDocuments();
        if (db.Entry(account).State == EntityState.Modified) await unitOfWork.SaveAsync(ct);
        return new DocumentBuyer(number, account.TeamId, account.IsProspect);
    }
}
