using Crm.Domain.Common;
using Crm.Domain.Supply;

namespace Crm.Domain.Promising;

/// <summary>
/// Turns material availability dates into ship and delivery dates and back, with the plant's working
/// calendar and pick/pack time, the customer's transit days and the days it receives goods.
/// </summary>
public sealed class DeliverySchedule
{
    private readonly PlantCalendar _calendar;
    private readonly int _transitDays;
    private readonly ReceivingDays _receiving;
    private readonly DateOnly? _requestedDelivery;
    private readonly DateOnly? _requestedShip;

    public DeliverySchedule(PlantCalendar calendar, DateOnly today, DateOnly? requestedDeliveryDate, int transitDays, ReceivingDays? receiving = null)
    {
        if (transitDays < 0)
            throw new DomainRuleException("transit.negative", "Transit days cannot be negative.", "transitDays");
        _calendar = calendar;
        _transitDays = transitDays;
        _receiving = receiving ?? ReceivingDays.MondayToFriday;

        var earliest = calendar.NextWorkingDayOnOrAfter(today);
        RequestedMaterialDate = earliest;
        if (requestedDeliveryDate is not { } requested) return;

        // A day the customer does not receive on is answered for the last one it does before it.
        var delivery = _receiving.LastOnOrBefore(requested);
        if (delivery != requested) AnsweredForDeliveryDate = delivery;
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

    /// <summary>The delivery date the request was answered for, when the requested one is not a receiving day.</summary>
    public DateOnly? AnsweredForDeliveryDate { get; }

    /// <summary>The first plant working day on or after <paramref name="date"/>: material availability dates are always working days.</summary>
    public DateOnly MaterialDateOnOrAfter(DateOnly date) => _calendar.NextWorkingDayOnOrAfter(date);

    public ScheduleLinePromise Line(decimal quantity, DateOnly materialDate)
    {
        if (materialDate == RequestedMaterialDate && _requestedShip is { } ship && _requestedDelivery is { } delivery)
            return new ScheduleLinePromise(quantity, materialDate, ship, delivery);
        var shipDate = _calendar.AddWorkingDays(materialDate, _calendar.PickPackDays);
        return new ScheduleLinePromise(quantity, materialDate, shipDate, _receiving.NextOnOrAfter(shipDate.AddDays(_transitDays)));
    }
}
