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
}
