using System.Globalization;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Activities;
using Crm.Domain.Catalog;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.ReadModels;

/// <summary>The audit of one record, newest first, for whoever may see the record; another team's record answers as a
/// missing one.</summary>
public sealed class AuditQueries(CrmDbContext db)
{
    private static readonly string[] Entities = ["Quote", "SalesOrder", "PriceList", "Team", "Customer", "Account", "Contact", "Lead", "Opportunity", "Campaign", "Activity"];

    public async Task<PagedResult<AuditEntryResponse>> ListAsync(string? entity, string? id, Viewer viewer, int? page, int? pageSize, CancellationToken ct)
    {
        var name = Entities.FirstOrDefault(e => string.Equals(e, entity?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw RequestValidationException.For("entity", $"Name one of {string.Join(", ", Entities)}.");
        if (string.IsNullOrWhiteSpace(id)) throw RequestValidationException.For("id", "Name the record's id (a customer's number).");
        var key = id.Trim();
        if (!await IsVisibleAsync(name, key, viewer, ct)) throw new NotFoundException(name, key);
        return await db.AuditEntries.AsNoTracking().Where(e => e.Entity == name && e.EntityId == key)
            .OrderByDescending(e => e.Id)
            .Select(e => new AuditEntryResponse(e.ChangedAt, e.ChangedBy, e.Field, e.OldValue, e.NewValue))
            .PageAsync(page, pageSize, ct);
    }

    private async Task<bool> IsVisibleAsync(string entity, string key, Viewer viewer, CancellationToken ct)
    {
        if (entity == "Customer")
        {
            var number = CustomerNumber.TryFrom(key);
            return await db.Customers.VisibleTo(viewer, db.Teams).AnyAsync(c => c.CustomerNumber == number, ct);
        }
        if (!long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number64)) return false;
        switch (entity)
        {
            case "Quote":
                var quote = new QuoteId(number64);
                return await db.Quotes.VisibleTo(viewer, db.Teams).AnyAsync(q => q.Id == quote, ct);
            case "SalesOrder":
                var order = new SalesOrderId(number64);
                return await db.SalesOrders.VisibleTo(viewer, db.Teams).AnyAsync(o => o.Id == order, ct);
            case "Account":
                var account = new AccountId(number64);
                return await db.Accounts.VisibleTo(viewer, db.Teams).AnyAsync(a => a.Id == account, ct);
            case "Contact":
                var contact = new ContactId(number64);
                var accounts = db.Accounts.VisibleTo(viewer, db.Teams).Select(a => a.Id);
                return await db.Contacts.AnyAsync(c => c.Id == contact && accounts.Contains(c.AccountId), ct);
            case "Lead":
                var lead = new LeadId(number64);
                return await db.Leads.VisibleTo(viewer, db.Teams).AnyAsync(l => l.Id == lead, ct);
            case "Opportunity":
                var opportunity = new OpportunityId(number64);
                return await db.Opportunities.VisibleTo(viewer, db.Teams).AnyAsync(o => o.Id == opportunity, ct);
            case "Activity":
                var activity = new ActivityId(number64);
                return await db.Activities.VisibleTo(viewer, db.Teams).AnyAsync(a => a.Id == activity, ct);
            case "Campaign":
                var campaign = new CampaignId(number64);
                return await db.Campaigns.AnyAsync(c => c.Id == campaign, ct);
            case "PriceList":
                var list = new PriceListId(number64);
                var customers = db.Customers.VisibleTo(viewer, db.Teams).Select(c => c.CustomerNumber);
                return await db.PriceLists.AnyAsync(l => l.Id == list && (l.CustomerNumber == null || customers.Contains(l.CustomerNumber)), ct);
            default:
                var team = new TeamId(number64);
                return await db.Teams.AnyAsync(t => t.Id == team, ct);
        }
    }
}
