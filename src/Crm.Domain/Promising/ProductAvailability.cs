using Crm.Domain.Common;
using Crm.Domain.Supply;

namespace Crm.Domain.Promising;

/// <summary>Everything the engine needs to know about one product at one plant.</summary>
public sealed record ProductAvailability(
    ProductKey Product,
    PlantCalendar Calendar,
    IReadOnlyList<SupplyEvent> Supply,
    IReadOnlyList<DemandEvent> Demand,
    int ReplenishmentLeadDays);
