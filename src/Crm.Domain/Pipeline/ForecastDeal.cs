namespace Crm.Domain.Pipeline;

/// <summary>What the forecast needs of one deal.</summary>
public sealed record ForecastDeal(
    string Owner, decimal Amount, int Probability, ForecastCategory Category, OpportunityStatus Status,
    DateOnly ExpectedCloseDate, DateOnly? ClosedOn, int? ProbabilityBeforeClose);
