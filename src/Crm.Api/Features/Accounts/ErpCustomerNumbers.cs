using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>A prospect the ERP created as its customer takes the ERP's number: from the ERP's answer, or from its
/// customer export (the row carrying the CRM's reference). From then on it is an ERP customer like any other.</summary>
public sealed class ErpCustomerNumbers(CrmDbContext db, ILogger<ErpCustomerNumbers> log, UnitOfWork unitOfWork)
{
    /// <returns>Whether the account carries the number now.</returns>
    public async Task<bool> AttachAsync(string erpReference, string customerNumber, CancellationToken ct)
    {
        var prospect = await db.Accounts.FirstOrDefaultAsync(a => a.ErpReference == erpReference, ct);
        if (prospect is null)
        {
            log.LogWarning("The ERP created customer {Number} for {Reference}, which no account carries.", customerNumber, erpReference);
            return false;
        }
        var number = new CustomerNumber(customerNumber);
        if (prospect.CustomerNumber == number) return true;
        if (await db.Accounts.AnyAsync(a => a.CustomerNumber == number, ct))
        {
            log.LogWarning("Customer {Number} is another account already; {Reference} stays a prospect.", customerNumber, erpReference);
            return false;
        }
        prospect.BecomeCustomer(number);
        await unitOfWork.SaveAsync(ct);
        db.ChangeTracker.Clear();
        return true;
    }
}
