using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>A lead is checked against the accounts (ERP customers included) by its company, the contacts by its
/// person, and the open leads by both: the same email or phone, or the same person at the same company.</summary>
public sealed class LeadDuplicates(CrmDbContext db, DuplicateCheck duplicates)
{
    public async Task<IReadOnlyList<DuplicateCandidate>> LikeAsync(LeadDetails lead, LeadId? except, CancellationToken ct)
    {
        var accounts = await duplicates.AccountsLike(CompanyOf(lead), null, ct);
        var person = new PersonDetails(lead.FirstName, lead.LastName, lead.JobTitle, lead.Email, lead.Phone, null, null);
        var contacts = await duplicates.ContactsLike(person, new AccountId(0), ct);
        var leads = await OpenLeadsLikeAsync(lead, except, ct);
        return [.. accounts.Concat(contacts).Concat(leads).OrderByDescending(c => c.Score).ThenBy(c => c.Type).Take(15)];
    }

    /// <summary>The records a stored lead is likely to be, itself left out.</summary>
    public async Task<IReadOnlyList<DuplicateCandidate>> OfLeadAsync(LeadId id, CancellationToken ct)
    {
        var lead = await db.Leads.AsNoTracking().FirstAsync(l => l.Id == id, ct);
        return await LikeAsync(lead.Details, id, ct);
    }

    /// <summary>The company a lead names, as the account check reads it.</summary>
    public static DuplicateCheck.Company CompanyOf(LeadDetails lead) => new(lead.Company, null, lead.Phone, lead.Email);

    public static IEnumerable<(string Kind, string Value)> KeysOf(LeadDetails lead) =>
        MatchKeys.ForLead(lead.Company, lead.FirstName, lead.LastName, lead.Email, lead.Phone);

    public Task IndexAsync(Lead lead, CancellationToken ct) => duplicates.IndexAsync(DuplicateCheck.LeadRecord, lead.Id.Value, KeysOf(lead.Details), ct);

    private async Task<IEnumerable<DuplicateCandidate>> OpenLeadsLikeAsync(LeadDetails lead, LeadId? except, CancellationToken ct)
    {
        var keys = KeysOf(lead).ToList();
        var ids = (await duplicates.CandidateIdsAsync(DuplicateCheck.LeadRecord, keys, except?.Value, ct)).Select(id => new LeadId(id)).ToList();
        if (ids.Count == 0) return [];
        var found = await db.Leads.AsNoTracking()
            .Where(l => ids.Contains(l.Id) && (l.Status == LeadStatus.New || l.Status == LeadStatus.Working))
            .Select(l => new { l.Id, l.Company, l.FirstName, l.LastName, l.Email, l.Phone }).ToListAsync(ct);
        var company = CompanyNameKey.Of(lead.Company);
        var name = SearchText.Of(lead.FirstName, lead.LastName);
        return found.Select(l =>
        {
            var reasons = new List<string>();
            if (lead.Email is { } email && string.Equals(email.Value, l.Email, StringComparison.OrdinalIgnoreCase)) reasons.Add("same email");
            if (lead.Phone is { } phone && phone.Value == l.Phone) reasons.Add("same phone number");
            if (CompanyNameKey.Of(l.Company) == company && SearchText.Of(l.FirstName, l.LastName) == name) reasons.Add("same person at the same company");
            var score = reasons.Contains("same email") || reasons.Count > 1 ? 1.0 : 0.9;
            return new DuplicateCandidate(l.Id.Value, DuplicateCheck.LeadRecord, $"{l.FirstName} {l.LastName}, {l.Company}".Trim(), null, score, reasons);
        }).Where(c => c.Reasons.Count > 0);
    }
}
