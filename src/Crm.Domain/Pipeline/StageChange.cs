namespace Crm.Domain.Pipeline;

/// <summary>One move of a deal through the stages: from where to where, at which probability, when and by whom.</summary>
public sealed class StageChange
{
    private StageChange()
    {
        ToStage = ChangedBy = "";
    }

    public StageChange(string? fromStage, string toStage, int probability, DateTimeOffset changedAt, string changedBy) =>
        (FromStage, ToStage, Probability, ChangedAt, ChangedBy) = (fromStage, toStage, probability, changedAt, changedBy);

    public long Id { get; private set; }

    public OpportunityId OpportunityId { get; private set; }

    public string? FromStage { get; private set; }

    public string ToStage { get; private set; }

    public int Probability { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string ChangedBy { get; private set; }
}
