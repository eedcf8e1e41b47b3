using Crm.Domain.Accounts;

namespace Crm.Api.Persistence.Audit;

/// <summary>Who and when for audit entries written outside the change tracker: changes made as a set (records that
/// follow their account to another team) are audited like any other change.</summary>
public sealed class AuditAuthor(IHttpContextAccessor http, TimeProvider time)
{
    public string By => http.HttpContext?.User.Identity?.Name ?? AuditTrail.System;

    /// <summary>The entries of records handed to another team and, when it changes too, another owner.</summary>
    public IEnumerable<AuditEntry> Moved(string entity, IEnumerable<(string Id, TeamId? Team, string? Owner)> before, TeamId to, string? owner)
    {
        var (by, now) = (By, time.GetUtcNow());
        foreach (var (id, team, previousOwner) in before)
        {
            if (team != to) yield return new AuditEntry(entity, id, "teamId", AuditedTypes.Text(team), AuditedTypes.Text(to), by, now);
            if (owner is not null && previousOwner != owner) yield return new AuditEntry(entity, id, "owner", previousOwner, owner, by, now);
        }
    }
}
