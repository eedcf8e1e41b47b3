using System.Globalization;

namespace Crm.Domain.Pipeline;

/// <summary>A marketing campaign's identity, given by the database when it is first stored.</summary>
public readonly record struct CampaignId(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
