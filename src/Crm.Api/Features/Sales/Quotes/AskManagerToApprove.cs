using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>A quote sent for approval tells the manager of its team in the app, with the reasons, so it does not wait
/// until someone opens the approvals inbox. A manager never approves their own request, so they are not told of it.</summary>
public sealed class AskManagerToApprove(CrmDbContext db, TimeProvider time) : IDomainEventHandler
{
    public IReadOnlySet<Type> Handles { get; } = new HashSet<Type> { typeof(QuoteApprovalRequested) };

    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        foreach (var request in events.OfType<QuoteApprovalRequested>())
        {
            if (request.Quote.TeamId is not { } team) continue;
            var manager = await db.Teams.Where(t => t.Id == team).Select(t => t.ManagerUserName).FirstOrDefaultAsync(ct);
            if (manager is null || manager == request.RequestedBy) continue;
            writes.Add(new Notification(manager, "approval",
                $"Quote {request.Quote.Number} from {request.RequestedBy} waits for your approval: {string.Join("; ", request.Reasons)}", "/approvals", now));
        }
    }
}
