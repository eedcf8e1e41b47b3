using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>A step of the sales process as an admin configures it: its place on the board, the probability a deal in it
/// has by default, and whether reaching it wins or loses the deal.</summary>
public sealed class OpportunityStage
{
    public const int MaxNameLength = 60;

    private OpportunityStage()
    {
        Name = "";
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public int SortOrder { get; private set; }

    public int DefaultProbability { get; private set; }

    public bool IsWon { get; private set; }

    public bool IsLost { get; private set; }

    /// <summary>No longer offered for new moves; deals already in it stay.</summary>
    public bool IsRetired { get; private set; }

    public bool IsClosed => IsWon || IsLost;

    public static OpportunityStage Configure(string name, int sortOrder, int defaultProbability, bool isWon, bool isLost)
    {
        var stage = new OpportunityStage();
        stage.Change(name, sortOrder, defaultProbability, isWon, isLost, false);
        return stage;
    }

    public void Change(string name, int sortOrder, int defaultProbability, bool isWon, bool isLost, bool isRetired)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxNameLength)
            throw new DomainRuleException("stage.name", $"A stage needs a name of at most {MaxNameLength} characters.", "name");
        Probability.Check(defaultProbability, "defaultProbability");
        if (isWon && isLost)
            throw new DomainRuleException("stage.won_and_lost", "A stage wins or loses a deal, not both.", "isLost");
        if (isWon && defaultProbability != 100 || isLost && defaultProbability != 0)
            throw new DomainRuleException("stage.closed_probability", "A won stage has probability 100 and a lost one 0.", "defaultProbability");
        (Name, SortOrder, DefaultProbability, IsWon, IsLost, IsRetired) = (trimmed, sortOrder, defaultProbability, isWon, isLost, isRetired);
    }
}
