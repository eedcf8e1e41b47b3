using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Service;
using SlaState = Crm.Domain.Service.SlaState;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Service;

/// <summary>Cases as the desk and the reps see them: queues sorted by what is due first, and one case with its SLA
/// computed for now, its conversation, history, files and articles.</summary>
public sealed class CaseQueries(CrmDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    public sealed record Filter(
        string? Status = null, string? Queue = null, string? Owner = null, string? Priority = null, string? SlaState = null,
        long? AccountId = null, long? OrderId = null, string? Search = null, string? Sort = null);

    public Task<PagedResult<CaseSummary>> ListAsync(Filter filter, Viewer viewer, int? page, int? pageSize, CancellationToken ct) =>
        Summaries(Filtered(db.Cases.AsNoTracking().VisibleTo(viewer, db.Teams), filter, viewer), filter.Sort).PageAsync(page, pageSize, ct);

    /// <summary>Open cases unless a status (or All) is asked for; "me" as owner is the signed-in user.</summary>
    public static IQueryable<ServiceCase> Filtered(IQueryable<ServiceCase> cases, Filter filter, Viewer viewer)
    {
        if (filter.Status is { Length: > 0 } status && status.Equals("All", StringComparison.OrdinalIgnoreCase)) { }
        else if (EnumInput.Optional<CaseStatus>(filter.Status, "status") is { } one) cases = cases.Where(c => c.Status == one);
        else cases = cases.Where(c => c.Status != CaseStatus.Resolved && c.Status != CaseStatus.Closed);
        if (filter.Queue is { Length: > 0 } queue) cases = cases.Where(c => c.Queue == queue.Trim());
        if (filter.Owner is { Length: > 0 } owner)
        {
            var who = owner.Equals("me", StringComparison.OrdinalIgnoreCase) ? viewer.UserName
                : owner.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : owner.Trim();
            cases = cases.Where(c => c.Owner == who);
        }
        if (EnumInput.Optional<CasePriority>(filter.Priority, "priority") is { } priority) cases = cases.Where(c => c.Priority == priority);
        if (EnumInput.Optional<SlaState>(filter.SlaState, "slaState") is { } sla) cases = cases.Where(c => c.SlaState == sla);
        if (filter.AccountId is { } account) cases = cases.Where(c => c.AccountId == new Domain.Accounts.AccountId(account));
        if (filter.OrderId is { } order)
        {
            Domain.Sales.SalesOrderId? key = new Domain.Sales.SalesOrderId(order);
            cases = cases.Where(c => c.SalesOrderId == key);
        }
        if (SearchText.Fold(filter.Search) is { Length: > 0 } text)
        {
            var pattern = SearchPattern.Containing(text);
            cases = cases.Where(c => EF.Functions.Like(c.SearchText, pattern, SearchPattern.Escape));
        }
        return cases;
    }

    public IQueryable<CaseSummary> Summaries(IQueryable<ServiceCase> cases, string? sort)
    {
        cases = sort?.ToLowerInvariant() switch
        {
            // What the desk owes next: the first answer until it is given, then the resolution; paused cases last.
            null or "" or "due" => cases.OrderBy(c => (c.FirstResponseAt == null ? c.FirstResponseDue : c.ResolutionDue) == null)
                .ThenBy(c => c.FirstResponseAt == null ? c.FirstResponseDue : c.ResolutionDue).ThenBy(c => c.Id),
            "created" => cases.OrderByDescending(c => c.Id),
            "priority" => cases.OrderByDescending(c => c.Priority == CasePriority.Urgent ? 3 : c.Priority == CasePriority.High ? 2 : c.Priority == CasePriority.Normal ? 1 : 0).ThenBy(c => c.ResolutionDue).ThenBy(c => c.Id),
            _ => throw RequestValidationException.For("sort", "Sort by due (default), created or priority."),
        };
        return from c in cases
               join a in db.Accounts on c.AccountId equals a.Id
               select new CaseSummary(c.Id.Value, c.Subject, a.Id.Value, a.Name, a.CustomerNumber == null ? null : a.CustomerNumber.Value, c.Category.ToString(),
                   c.Priority.ToString(), c.Status.ToString(), c.Owner, c.Queue, c.EscalationLevel, c.SlaState.ToString(), c.FirstResponseDue,
                   c.ResolutionDue, c.CreatedAt, c.SalesOrderId == null ? null : c.SalesOrderId.Value.Value);
    }

    /// <param name="forCustomer">The portal's view: public comments and files only, no history of who worked it.</param>
    public async Task<CaseResponse?> FindAsync(long id, bool forCustomer, CancellationToken ct)
    {
        var caseId = new CaseId(id);
        var serviceCase = await db.Cases.AsNoTracking().Include(c => c.Comments).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (serviceCase is null) return null;
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == serviceCase.AccountId)
            .Select(a => new { a.Name, Number = a.CustomerNumber == null ? null : a.CustomerNumber.Value, a.AbcClass }).FirstAsync(ct);
        var contact = serviceCase.ContactId is { } contactId
            ? await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => new { Name = c.FirstName + " " + c.LastName, c.Email }).FirstOrDefaultAsync(ct)
            : null;
        var orderNumber = serviceCase.SalesOrderId is { } orderId
            ? await db.SalesOrders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.Number).FirstOrDefaultAsync(ct)
            : null;
        var attachments = await db.CaseAttachments.AsNoTracking().Where(a => a.CaseId == caseId && (!forCustomer || a.IsPublic)).OrderBy(a => a.Id)
            .Select(a => new CaseAttachmentResponse(a.Id, a.FileName, a.ContentType, a.Size, a.IsPublic, a.UploadedBy, a.UploadedAt)).ToListAsync(ct);
        var articleIds = serviceCase.Articles.Select(a => a.Article).ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        var rules = await ServiceRules.LoadAsync(db, ct);
        var sla = serviceCase.Sla(rules.Policies, rules.Calendar, account.AbcClass, time.GetUtcNow());

        return new CaseResponse(serviceCase.Id.Value, serviceCase.AccountId.Value, account.Name, account.Number, serviceCase.ContactId?.Value,
            contact?.Name, contact?.Email, serviceCase.SalesOrderId?.Value, orderNumber, serviceCase.OrderLineNo, serviceCase.Subject,
            serviceCase.Description, serviceCase.Category.ToString(), serviceCase.Priority.ToString(), serviceCase.Status.ToString(),
            serviceCase.Origin.ToString(), forCustomer ? null : serviceCase.Owner, forCustomer ? "" : serviceCase.Queue,
            forCustomer ? 0 : serviceCase.EscalationLevel, serviceCase.CreatedAt, serviceCase.CreatedBy, serviceCase.FirstResponseAt,
            serviceCase.ResolvedAt, Sla(sla),
            [.. serviceCase.Comments.Where(c => !forCustomer || c.IsPublic).OrderBy(c => c.At).ThenBy(c => c.Id)
                .Select(c => new CaseCommentResponse(c.Id, c.Text, c.IsPublic, c.ByCustomer, c.Author, c.At))],
            forCustomer ? [] : [.. serviceCase.History.Select(h => new CaseHistoryResponse(h.At, h.Kind.ToString(), h.Status.ToString(), h.Priority.ToString(), h.Level, h.By, h.Note))],
            attachments,
            forCustomer ? [] : [.. serviceCase.Articles.Select(a => new CaseArticleResponse(a.Article.Value, titles.GetValueOrDefault(a.Article, "(gone)"), a.Solved, a.By, a.At))],
            forCustomer ? null : CasePermissions.AllowedActions(serviceCase, http.HttpContext?.User, time.GetUtcNow(), rules.ReopenPeriod));
    }

    public static SlaResponse Sla(SlaStatus sla) =>
        new(sla.FirstResponse.Due, sla.Resolution.Due, sla.State.ToString(), Clock(sla.FirstResponse), Clock(sla.Resolution));

    private static SlaClockResponse Clock(SlaClockStatus clock) =>
        new(clock.Due, clock.State.ToString(), (int)clock.Target.TotalMinutes, (int)clock.Elapsed.TotalMinutes, (int)Math.Floor(clock.Remaining.TotalMinutes));
}
