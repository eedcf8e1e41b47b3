using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Integration;

/// <summary>Messages the outbox gave up on, for an admin to read and send again once the cause is fixed.</summary>
public sealed class DeadLetters(CrmDbContext db, OutboxKick kick, UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<IReadOnlyList<DeadLetterResponse>> ListAsync(CancellationToken ct) =>
        await (
            from m in db.Outbox.AsNoTracking()
            where m.DeadAt != null && m.DeliveredAt == null
            join o in db.SalesOrders on m.SalesOrderId equals (SalesOrderId?)o.Id into orders
            from o in orders.DefaultIfEmpty()
            orderby m.DeadAt descending
            select new DeadLetterResponse(m.Id, m.Type, m.SalesOrderId == null ? null : m.SalesOrderId.Value.Value, o == null ? null : o.Number, m.Attempts, m.LastError, m.CreatedAt, m.DeadAt!.Value))
            .ToListAsync(ct);

    public async Task RetryAsync(Guid id, CancellationToken ct)
    {
        var message = await db.Outbox.FirstOrDefaultAsync(m => m.Id == id && m.DeliveredAt == null, ct)
            ?? throw new NotFoundException("Dead letter", id);
        message.Revive(time.GetUtcNow());
        await unitOfWork.SaveAsync(ct);
        kick.Soon();
    }
}
