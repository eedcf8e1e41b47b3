using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Mapping;
using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>The approvals inbox: for a manager, the quotes of their teams waiting for a decision (their own requests
/// among them, which another manager decides); for anyone else, their own requests still waiting.</summary>
public sealed class ApprovalQueries(CrmDbContext db)
{
    public async Task<PagedResult<ApprovalSummary>> ListAsync(Viewer viewer, bool isManager, int? page, int? pageSize, CancellationToken ct)
    {
        var name = viewer.UserName;
        var pending = db.Quotes.AsNoTracking().VisibleTo(viewer, db.Teams)
            .Where(q => q.Status == QuoteStatus.PendingApproval && q.SupersededAt == null);
        if (!isManager) pending = pending.Where(q => q.SubmittedBy == name);
        var rows = await pending.OrderBy(q => q.SubmittedAt).ThenBy(q => q.Id)
            .Select(q => new
            {
                q.Id, q.Number, q.VersionNumber, q.CustomerNumber, q.Currency, q.SubmittedBy, q.SubmittedAt, q.ApprovalReasons,
                CustomerName = db.Customers.Where(c => c.CustomerNumber == q.CustomerNumber).Select(c => c.Name).FirstOrDefault(),
                Net = q.NetTotal,
                AllLines = q.Lines.Sum(l => l.NetAmount),
                Reference = q.Lines.Sum(l => l.Quantity * l.ReferencePrice),
            })
            .PageAsync(page, pageSize, ct);
        return rows.Map(r => new ApprovalSummary(
            r.Id.Value, r.Number, r.VersionNumber, r.CustomerNumber.Value, r.CustomerName, r.Net, r.Currency,
            r.Reference <= 0 ? 0 : Math.Round((1 - r.AllLines / r.Reference) * 100m, 2), r.SubmittedBy!, r.SubmittedAt!.Value,
            ApiMappingProfile.Reasons(r.ApprovalReasons), isManager && r.SubmittedBy != name));
    }
}
