using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>Turns a lead into an account (an existing one, or a new prospect), a contact and an opportunity, exactly
/// once: the first conversion claims the lead's row in its transaction, so a second one, clicked twice or sent at the same
/// moment from elsewhere, waits for it and then answers what the first one made.</summary>
public sealed class ConvertLead(
    CrmDbContext db, CreateProspect prospects, Contacts contacts, OpportunityCommands opportunities, UnitOfWork unitOfWork, TimeProvider time)
{
    public sealed record Outcome(LeadConversionResponse? Converted, IReadOnlyList<DuplicateCandidate> Duplicates);

    public async Task<Outcome> HandleAsync(long id, LeadConversionRequest request, Viewer viewer, CancellationToken ct)
    {
        var leadId = new LeadId(id);
        // The first conversion claims the lead's row; a second one waits on that row and then sees it converted.
        return await unitOfWork.InTransactionAsync(async () =>
        {
            var claimed = await db.Leads.ClaimAsync(l => l.Id == leadId && (l.Status == LeadStatus.New || l.Status == LeadStatus.Working), ct);
            var lead = await db.Leads.FirstOrDefaultAsync(l => l.Id == leadId, ct) ?? throw new NotFoundException("Lead", id);
            if (claimed == 0)
                return lead is { Status: LeadStatus.Qualified, AccountId: { } a, ContactId: { } c, OpportunityId: { } o }
                    ? new Outcome(new LeadConversionResponse(id, a.Value, c.Value, o.Value, false), [])
                    : throw new DomainRuleException("lead.disqualified", $"A lead that is {lead.Status} cannot be converted.");
            return await ConvertAsync(lead, request, viewer, ct);
        }, ct, keep: outcome => outcome.Converted is not null);
    }

    private async Task<Outcome> ConvertAsync(Lead lead, LeadConversionRequest request, Viewer viewer, CancellationToken ct)
    {
        var accountId = request.AccountId is { } existing ? await ExistingAccountAsync(existing, viewer, ct) : null;
        if (accountId is null)
        {
            var details = lead.Details;
            var (created, duplicates) = await prospects.HandleAsync(new AccountRequest(
                details.Company, Country: details.Country, Phone: details.Phone?.Value, Email: details.Email?.Value, Industry: details.Industry,
                TeamId: lead.TeamId?.Value, Owner: lead.Owner, ConfirmedNotDuplicate: request.ConfirmedNotDuplicate), viewer, ct);
            if (created is null) return new Outcome(null, duplicates);
            accountId = created;
        }

        var contactId = request.ContactId is { } contact ? await ContactAtAsync(contact, accountId.Value, ct) : null;
        if (contactId is null)
        {
            var person = lead.Details;
            var (created, duplicates) = await contacts.CreateAsync(accountId.Value, new ContactRequest(
                person.LastName, person.FirstName, person.JobTitle, person.Email?.Value, person.Phone?.Value,
                ConfirmedNotDuplicate: request.ConfirmedNotDuplicate), viewer, ct);
            if (created is null) return new Outcome(null, duplicates);
            contactId = created.Id;
        }

        var opportunity = await opportunities.OpenAsync(accountId.Value, "accountId", request.Opportunity!, lead.Owner, lead.Id, viewer, ct);
        await unitOfWork.SaveAsync(ct);
        lead.Convert(new AccountId(accountId.Value), new ContactId(contactId.Value), opportunity.Id, new ChangeContext(viewer.UserName, "", time.GetUtcNow()));
        await unitOfWork.SaveAsync(ct);
        return new Outcome(new LeadConversionResponse(lead.Id.Value, accountId.Value, contactId.Value, opportunity.Id.Value, true), []);
    }

    private async Task<long?> ExistingAccountAsync(long id, Viewer viewer, CancellationToken ct)
    {
        var accountId = new AccountId(id);
        return await db.Accounts.VisibleTo(viewer, db.Teams).AnyAsync(a => a.Id == accountId && a.DeletedInErpAt == null, ct)
            ? id : throw RequestValidationException.For("accountId", $"There is no account {id} that you work.");
    }

    private async Task<long?> ContactAtAsync(long id, long account, CancellationToken ct)
    {
        var (contactId, accountId) = (new ContactId(id), new AccountId(account));
        return await db.Contacts.AnyAsync(c => c.Id == contactId && c.AccountId == accountId, ct)
            ? id : throw RequestValidationException.For("contactId", $"Contact {id} is not a person at account {account}.");
    }
}
