using AutoMapper;
using Crm.Api.Contracts;
using Crm.Api.Features.Atp;
using Crm.Api.Features.Promises;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Calendars;
using Crm.Api.Features.Catalog;
using Crm.Domain.Common;
using Crm.Domain.Promising;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Orders;

/// <summary>The order desk overrides a line's promise. Under the product's lock, like a confirmation, so the manual
/// commitment is demand every later promise sees.</summary>
public sealed class PromiseByHand(CrmDbContext db, CustomerLookup customers, ProductLocks locks, CommitmentChanges effects, TimeProvider time, IMapper mapper)
{
    public async Task<PromiseChangeResponse> HandleAsync(long orderId, int lineNumber, ManualPromiseRequest request, string user, CancellationToken ct)
    {
        var change = await db.RetryAsync(() => PromiseOnceAsync(orderId, lineNumber, request, user, ct));
        effects.CarryOn();
        return change;
    }

    private async Task<PromiseChangeResponse> PromiseOnceAsync(long orderId, int lineNumber, ManualPromiseRequest request, string user, CancellationToken ct)
    {
        var today = time.Today();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var order = await db.SalesOrders.WithCommitmentsAsync(orderId, ct);
        var line = order.Lines.FirstOrDefault(l => l.LineNumber == lineNumber)
            ?? throw new NotFoundException($"Line of order {order.Number}", lineNumber);
        await locks.LockAsync([new ProductKey(line.ItemNumber, line.Plant)], ct);

        var calendar = await db.PlantCalendars.AsNoTracking().FirstOrDefaultAsync(c => c.Plant == line.Plant, ct)
            ?? PlantCalendar.Standard(line.Plant);
        var unit = await db.UnitOfAsync(line.ItemNumber, ct);
        var terms = await customers.TermsAsync(order.CustomerNumber, ct, existingOrder: true);
        var schedule = new DeliverySchedule(calendar, today, order.RequestedDeliveryDate, terms.TransitDays, terms.ReceivingDays);
        var scheduleLines = request.ScheduleLines!.NoNulls("scheduleLines").Select((s, i) =>
        {
            var date = s.MaterialAvailabilityDate!.Value;
            if (date < today)
                throw RequestValidationException.For($"scheduleLines[{i}].materialAvailabilityDate", "A promise cannot be for a day in the past.");
            PlanningHorizon.Check(date, today, $"scheduleLines[{i}].materialAvailabilityDate");
            if (!calendar.IsWorkingDay(date))
                throw RequestValidationException.For($"scheduleLines[{i}].materialAvailabilityDate",
                    $"{date:yyyy-MM-dd} is not a working day at plant {line.Plant}; the next one is {calendar.NextWorkingDayOnOrAfter(date):yyyy-MM-dd}.");
            return schedule.Line(unit.Quantity(s.Quantity!.Value, $"scheduleLines[{i}].quantity"), date);
        }).ToList();

        var change = order.PromiseByHand(lineNumber, scheduleLines, request.Reason!, user, time.GetUtcNow());
        // A manual promise may take what other orders were promised: they are weighed again behind it.
        await effects.RecordAsync(order, [change], RepromiseQueue.ManualPromise, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return mapper.Map<PromiseChangeResponse>(change);
    }

    public async Task<IReadOnlyList<PromiseChangeResponse>> HistoryAsync(long orderId, CancellationToken ct)
    {
        if (!await db.SalesOrders.AnyAsync(o => o.Id == orderId, ct)) throw new NotFoundException("Sales order", orderId);
        var changes = await db.PromiseChanges.AsNoTracking().Where(c => c.SalesOrderId == orderId).OrderBy(c => c.Id).ToListAsync(ct);
        return mapper.Map<List<PromiseChangeResponse>>(changes);
    }
}
