namespace ErpMock;

/// <summary>PATCH /_mock/production-orders/{n}: the planner moves the order, cuts or raises its quantity, or changes its
/// status (Cancelled stops it counting as supply). What is left out stays as it was.</summary>
public sealed record ProductionOrderChange(DateOnly? ScheduledFinish, decimal? Quantity, string? Status)
{
    private static readonly string[] Statuses = ["Planned", "Firm", "Released", "Completed", "Cancelled"];

    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        if (Quantity is < 0) errors["quantity"] = ["Cannot be negative."];
        if (Status is not null && !Statuses.Contains(Status)) errors["status"] = [$"One of {string.Join(", ", Statuses)}."];
        if (ScheduledFinish is null && Quantity is null && Status is null) errors["body"] = ["Say what changes: scheduledFinish, quantity or status."];
        return errors;
    }
}
