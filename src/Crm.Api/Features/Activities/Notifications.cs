using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Activities;

/// <summary>The signed-in user's in-app notifications, newest first.</summary>
public sealed class Notifications(CrmDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    public Task<PagedResult<NotificationResponse>> ListAsync(string userName, bool unreadOnly, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Notifications.AsNoTracking().Where(n => n.UserName == userName);
        if (unreadOnly) query = query.Where(n => n.ReadAt == null);
        return query.OrderByDescending(n => n.Id)
            .Select(n => new NotificationResponse(n.Id, n.Kind, n.Text, n.Link, n.CreatedAt, n.ReadAt)).PageAsync(page, pageSize, ct);
    }

    /// <summary>Marks one of the user's notifications read; another user's answers as missing.</summary>
    public async Task<bool> MarkReadAsync(long id, string userName, CancellationToken ct)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserName == userName, ct);
        if (notification is null) return false;
        notification.MarkRead(time.GetUtcNow());
        await unitOfWork.SaveAsync(ct);
        return true;
    }
}
