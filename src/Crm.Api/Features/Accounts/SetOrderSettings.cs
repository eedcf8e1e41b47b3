using Crm.Api.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>How the customer wants its orders: with its purchase order number on each, or not. CRM-owned.</summary>
public sealed class SetOrderSettings(CrmDbContext db, CustomerQueries queries)
{
    public async Task<CustomerSummary> HandleAsync(string customerNumber, OrderSettingsRequest request, Viewer viewer, CancellationToken ct)
    {
        var number = new CustomerNumber(customerNumber);
        var customer = await db.Customers.VisibleTo(viewer, db.Teams).FirstOrDefaultAsync(c => c.CustomerNumber == number && c.DeletedInErpAt == null, ct)
            ?? throw new NotFoundException("Customer", customerNumber);
        customer.RequirePurchaseOrderNumber(request.RequiresPurchaseOrderNumber!.Value);
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(customerNumber, viewer, ct))!;
    }
}
