using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>A rep asks for a prospect to be created in the ERP. Asking again changes nothing.</summary>
public sealed class RequestErpCustomer(CrmDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task HandleAsync(long id, string user, CancellationToken ct)
    {
        var accountId = new AccountId(id);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == accountId, ct) ?? throw new NotFoundException("Account", id);
        account.RequestErpCustomer(new ChangeContext(user, "", time.GetUtcNow()));
        await unitOfWork.SaveAsync(ct);
    }

    /// <summary>A prospect's first confirmed order asks for its customer, in the order's own transaction: the
    /// prospect is the one whose reference the order carries.</summary>
    public async Task ForFirstOrderAsync(string reference, string orderNumber, string by, CancellationToken ct)
    {
        var prospect = await db.Accounts.FirstOrDefaultAsync(a => a.CustomerNumber == null && a.ErpReference == reference, ct)
            ?? throw new DomainRuleException("order.prospect_gone", $"The prospect {reference} of order {orderNumber} is no longer in the CRM.");
        prospect.RequestErpCustomer(new ChangeContext(by, "", time.GetUtcNow()));
        await unitOfWork.SaveAsync(ct);
    }
}
