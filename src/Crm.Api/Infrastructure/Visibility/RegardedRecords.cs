using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Activities;
using Crm.Domain.Pipeline;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Infrastructure.Visibility;

/// <summary>What an activity can be about, looked up by type and id for one viewer: the record's account, team and
/// title, or none when it does not exist or belongs to a team the viewer is not in. A read across the areas, kept
/// here so that Activities need not know the others.</summary>
public sealed class RegardedRecords(CrmDbContext db)
{
    public async Task<Regarding?> FindAsync(RegardingType type, long id, Viewer viewer, CancellationToken ct)
    {
        var teams = db.Teams;
        switch (type)
        {
            case RegardingType.Account:
                var accountId = new AccountId(id);
                return await db.Accounts.VisibleTo(viewer, teams).Where(a => a.Id == accountId)
                    .Select(a => new Regarding(type, id, a.Id, a.TeamId, a.Name)).FirstOrDefaultAsync(ct);
            case RegardingType.Contact:
                var contactId = new ContactId(id);
                var accounts = db.Accounts.VisibleTo(viewer, teams);
                return await (from c in db.Contacts
                              join a in accounts on c.AccountId equals a.Id
                              where c.Id == contactId
                              select new Regarding(type, id, a.Id, a.TeamId, c.FirstName + " " + c.LastName + ", " + a.Name)).FirstOrDefaultAsync(ct);
            case RegardingType.Lead:
                var leadId = new LeadId(id);
                return await db.Leads.VisibleTo(viewer, teams).Where(l => l.Id == leadId)
                    .Select(l => new Regarding(type, id, l.AccountId, l.TeamId, l.FirstName + " " + l.LastName + ", " + l.Company)).FirstOrDefaultAsync(ct);
            case RegardingType.Opportunity:
                var opportunityId = new OpportunityId(id);
                return await db.Opportunities.VisibleTo(viewer, teams).Where(o => o.Id == opportunityId)
                    .Select(o => new Regarding(type, id, o.AccountId, o.TeamId, o.Name)).FirstOrDefaultAsync(ct);
            case RegardingType.Quote:
                var quoteId = new QuoteId(id);
                return await (from q in db.Quotes.VisibleTo(viewer, teams)
                              join a in db.Accounts on q.CustomerNumber equals a.CustomerNumber
                              where q.Id == quoteId
                              select new Regarding(type, id, a.Id, q.TeamId, "Quote " + q.Number)).FirstOrDefaultAsync(ct);
            case RegardingType.Order:
                var orderId = new SalesOrderId(id);
                return await (from o in db.SalesOrders.VisibleTo(viewer, teams)
                              join a in db.Accounts on o.CustomerNumber equals a.CustomerNumber
                              where o.Id == orderId
                              select new Regarding(type, id, a.Id, o.TeamId, "Order " + o.Number)).FirstOrDefaultAsync(ct);
            default:
                return null;
        }
    }
}
