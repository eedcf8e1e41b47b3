using Crm.Api.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>The CRM owns a customer's receiving days; the ERP's sync never touches them.</summary>
public sealed class SetReceivingDays(CrmDbContext db, CustomerQueries queries)
{
    public async Task<CustomerSummary> HandleAsync(string customerNumber, ReceivingDaysRequest request, Viewer viewer, CancellationToken ct)
    {
        var number = new CustomerNumber(customerNumber);
        var customer = await db.Customers.VisibleTo(viewer, db.Teams).FirstOrDefaultAsync(c => c.CustomerNumber == number && c.DeletedInErpAt == null, ct)
            ?? throw new NotFoundException("Customer", customerNumber);
        customer.ReceiveOn(new ReceivingDays(request.Days!));
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(customerNumber, viewer, ct))!;
    }
}
