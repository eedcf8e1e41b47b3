namespace Crm.Domain.Pipeline;

/// <summary>How promising a lead is: how well the company fits and how engaged the person is, with the reasons.</summary>
public sealed record LeadScore(int Fit, int Engagement, IReadOnlyList<string> Reasons)
{
    public int Total => Fit + Engagement;
}
