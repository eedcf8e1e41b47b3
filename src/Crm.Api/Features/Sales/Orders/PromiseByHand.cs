using AutoMapper;
using Crm.Contracts;
using Crm.Api.Features.Catalog;
using Crm.Api.Features.Sales.Availability;
using Crm.Api.Features.Sales.Commitments;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Promising;
using Crm.Domain.Sales;
using Crm.Domain.Supply;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Orders;

/// <summary>The order desk overrides a line's promise. Under the product's lock, like a confirmation, so the manual
/// commitment is demand every later promise sees.</summary>
public sealed class PromiseByHand(CrmDbContext db, CustomerLookup customers, CommitmentTransaction commitments, TimeProvider time, IMapper mapper)
{
    public async Task<PromiseChangeResponse> HandleAsync(long orderId, int lineNumber, ManualPromiseRequest request, string user, CancellationToken ct)
    {
        var change = await commitments.ChangeOrderAsync(orderId, async order =>
        {
            var today = time.Today();
            var line = order.Lines.FirstOrDefault(l => l.LineNumber == lineNumber)
                ?? throw new NotFoundException($"Line of order {order.Number}", lineNumber);
            var calendar = await db.PlantCalendars.AsNoTracking().FirstOrDefaultAsync(c => c.Plant == line.Plant, ct)
                ?? PlantCalendar.Standard(line.Plant);
            var unit = await db.UnitOfAsync(line.ItemNumber, ct);
            var terms = await customers.TermsAsync(order.CustomerNumber, ct, existingOrder: true);
            var schedule = new DeliverySchedule(calendar, today, order.RequestedDateOf(line), terms.TransitDays, terms.ReceivingDays);
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

            // A manual promise may take what other orders were promised: they are weighed again behind it.
            order.PromiseByHand(lineNumber, scheduleLines, new ChangeContext(user, request.Reason!, time.GetUtcNow()));
            return order.DomainEvents.OfType<LinePromiseMoved>().Last().Change;
        }, ct);
        // Mapped once saved: the record has its id then.
        return mapper.Map<PromiseChangeResponse>(change);
    }

    public async Task<IReadOnlyList<PromiseChangeResponse>> HistoryAsync(long orderId, CancellationToken ct)
    {
        var id = new SalesOrderId(orderId);
        if (!await db.SalesOrders.AnyAsync(o => o.Id == id, ct)) throw new NotFoundException("Sales order", orderId);
        var changes = await db.PromiseChanges.AsNoTracking().Where(c => c.SalesOrderId == id).OrderBy(c => c.Id).ToListAsync(ct);
        return mapper.Map<List<PromiseChangeResponse>>(changes);
    }
}
