using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>The fields of a customer the CRM owns (receiving days, order settings), changed by whoever sees the
/// customer; the ERP's sync never touches them.</summary>
public sealed class CustomerSettings(CrmDbContext db, CustomerQueries queries, UnitOfWork unitOfWork)
{
    public Task<CustomerSummary> ReceiveOnAsync(string customerNumber, ReceivingDaysRequest request, Viewer viewer, CancellationToken ct) =>
        ChangeAsync(customerNumber, viewer, c => c.ReceiveOn(new ReceivingDays(request.Days!)), ct);

    public Task<CustomerSummary> OrderSettingsAsync(string customerNumber, OrderSettingsRequest request, Viewer viewer, CancellationToken ct) =>
        ChangeAsync(customerNumber, viewer, c => c.RequirePurchaseOrderNumber(request.RequiresPurchaseOrderNumber!.Value), ct);

    private async Task<CustomerSummary> ChangeAsync(string customerNumber, Viewer viewer, Action<Account> change, CancellationToken ct)
    {
        var number = new CustomerNumber(customerNumber);
        var customer = await db.Customers.VisibleTo(viewer, db.Teams).FirstOrDefaultAsync(c => c.CustomerNumber == number && c.DeletedInErpAt == null, ct)
            ?? throw new NotFoundException("Customer", customerNumber);
        change(customer);
        await unitOfWork.SaveAsync(ct);
        return (await queries.GetAsync(customerNumber, viewer, ct))!;
    }
}
