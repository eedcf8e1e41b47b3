using Crm.Domain.Accounts;
using Crm.Domain.Common;

namespace Crm.Api.Features.Accounts;

public static class Buyers
{
    /// <summary>The account a sales document's customer number names: an ERP customer by its number, or a prospect by
    /// the CRM's reference its documents carry until the ERP has created it (<see cref="Account.ReferenceForDocuments"/>).</summary>
    public static IQueryable<Account> Buying(this IQueryable<Account> accounts, CustomerNumber number)
    {
        var reference = number.Value;
        return accounts.Where(a => a.CustomerNumber == number || (a.CustomerNumber == null && a.ErpReference == reference));
    }
}
