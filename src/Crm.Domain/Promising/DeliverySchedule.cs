using Crm.Domain.Calendars;

namespace Crm.Domain.Promising;

/// <summary>
/// Turns material availability dates into ship and delivery dates and back, with the plant's working
/// calendar and pick/pack time and the customer's transit days.
/// </summary>
public sealed class DeliverySchedule
{
    private readonly PlantCalendar _calendar;
    private readonly int _transitDays;
    private readonly DateOnly? _requestedDelivery;
    private readonly DateOnly? _requestedShip;

    public DeliverySchedule(PlantCalendar calendar, DateOnly today, DateOnly? requestedDeliveryDate, int transitDays)
    {
        if (transitDays < 0)
            throw new Common.DomainRuleException("transit.negative", "Transit days cannot be negative.", "transitDays");
        _calendar = calendar;
        _transitDays = transitDays;

        var earliest = calendar.NextWorkingDayOnOrAfter(today);
        RequestedMaterialDate = earliest;
        if (requestedDeliveryDate is not { } delivery) return;

        var ship = calendar.PreviousWorkingDayOnOrBefore(delivery.AddDays(-transitDays));
        var material = calendar.AddWorkingDays(ship, -calendar.PickPackDays);
        if (material < today) return;
        _requestedDelivery = delivery;
        _requestedShip = ship;
        RequestedMaterialDate = material;
    }

    /// <summary>The material availability date the request asks for: backward from the requested delivery,
    /// or forward from today when that lies in the past.</summary>
    public DateOnly RequestedMaterialDate { get; }

    /// <summary>The first plant working day on or after <paramref name="date"/>: material availability dates are always working days.</summary>
    public DateOnly MaterialDateOnOrAfter(DateOnly date) => _calendar.NextWorkingDayOnOrAfter(date);

    public ScheduleLinePromise Line(decimal quantity, DateOnly materialDate)
    {
        if (materialDate == RequestedMaterialDate && _requestedShip is { } ship && _requestedDelivery is { } delivery)
            return new ScheduleLinePromise(quantity, materialDate, ship, delivery);
        var shipDate = _calendar.AddWorkingDays(materialDate, _calendar.PickPackDays);
        return new ScheduleLinePromise(quantity, materialDate, shipDate, shipDate.AddDays(_transitDays));
    }
}
