namespace Crm.Api.Features.Service;

/// <summary>The support tiers (<c>Service:Tiers</c>): each escalation level's queue and the lead who is told when a
/// case reaches it. Level 0 is the first-level desk where new cases wait.</summary>
public sealed record ServiceTiers(IReadOnlyList<ServiceTier> Levels)
{
    public static ServiceTiers From(IConfiguration configuration)
    {
        var levels = configuration.GetSection("Service:Tiers").GetChildren()
            .Select(t => new ServiceTier(t["Queue"] ?? "", t["Lead"])).Where(t => t.Queue.Length > 0).ToList();
        return new ServiceTiers(levels.Count > 0 ? levels :
            [new ServiceTier("Service desk", null), new ServiceTier("Second level", null), new ServiceTier("Head of service", null)]);
    }

    public string FirstQueue => Levels[0].Queue;

    public string QueueOf(int level) => Levels[Math.Min(level, Levels.Count - 1)].Queue;

    public string? LeadOf(int level) => Levels[Math.Min(level, Levels.Count - 1)].Lead;

    public IEnumerable<string> Queues => Levels.Select(l => l.Queue);
}

public sealed record ServiceTier(string Queue, string? Lead);
