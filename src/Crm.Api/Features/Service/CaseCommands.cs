using Crm.Api.Features.Accounts;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Api.Infrastructure.Visibility;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Service;

/// <summary>Opening and working service cases. Every change recomputes the case's SLA, so the queues sort by what is
/// really due, and saves with its events (notifications, mails) in one unit of work.</summary>
public sealed class CaseCommands(CrmDbContext db, UnitOfWork unitOfWork, IdempotencyKeys idempotency, ServiceTiers tiers, TimeProvider time)
{
    public async Task<long> CreateAsync(CaseRequest request, CaseOrigin origin, Viewer viewer, string? idempotencyKey, CancellationToken ct)
    {
        var idempotent = IdempotencyKeys.For("cases", viewer.UserName, idempotencyKey, request);
        if (await idempotency.FindAsync(idempotent, ct) is { } earlier) return earlier;
        var (account, order) = await SubjectOfAsync(request, viewer, ct);
        var contact = await ContactAsync(account.Id, request.ContactId, ct);
        var serviceCase = await OpenAsync(account, contact, order, request.LineNo, request, origin, Context(viewer), ct);
        await unitOfWork.SaveAsync(ct);
        idempotency.Remember(idempotent, serviceCase.Id.Value);
        await unitOfWork.SaveAsync(ct);
        return serviceCase.Id.Value;
    }

    /// <summary>Opens a case for an account already checked; the portal opens its customers' cases through here too.</summary>
    public async Task<ServiceCase> OpenAsync(Account account, ContactId? contact, SalesOrder? order, int? lineNo, CaseRequest request,
        CaseOrigin origin, ChangeContext context, CancellationToken ct)
    {
        if (lineNo is { } line && order is not null && order.Lines.All(l => l.LineNumber != line))
            throw RequestValidationException.For("lineNo", $"Order {order.Number} has no line {line}.");
        var queue = request.Queue is { Length: > 0 } named ? KnownQueue(named) : tiers.FirstQueue;
        var serviceCase = ServiceCase.Open(account.Id, account.TeamId, contact, order?.Id, lineNo, request.Subject, request.Description,
            EnumInput.Optional<CaseCategory>(request.Category, "category") ?? CaseCategory.Other,
            EnumInput.Optional<CasePriority>(request.Priority, "priority") ?? CasePriority.Normal, origin, queue, context);
        var rules = await ServiceRules.LoadAsync(db, ct);
        Track(serviceCase, rules, account.AbcClass, context);
        db.Cases.Add(serviceCase);
        return serviceCase;
    }

    public async Task ChangeAsync(long id, CasePatch patch, Viewer viewer, CancellationToken ct)
    {
        var (serviceCase, segment) = await LoadAsync(id, ct);
        var context = Context(viewer);
        if (patch.Subject is not null || patch.Description is not null || patch.Category is not null)
            serviceCase.Describe(patch.Subject ?? serviceCase.Subject, patch.Description ?? serviceCase.Description,
                EnumInput.Optional<CaseCategory>(patch.Category, "category") ?? serviceCase.Category);
        if (EnumInput.Optional<CasePriority>(patch.Priority, "priority") is { } priority) serviceCase.Prioritise(priority, context);
        if (patch.Owner is not null || patch.Queue is not null)
            serviceCase.AssignTo(patch.Owner ?? serviceCase.Owner, patch.Queue is { Length: > 0 } queue ? KnownQueue(queue) : null, context);
        Track(serviceCase, await ServiceRules.LoadAsync(db, ct), segment, context);
        await unitOfWork.SaveAsync(ct);
    }

    /// <param name="byCustomer">Written in the portal: public, and it resumes or reopens the case.</param>
    public async Task<long> CommentAsync(long id, CaseCommentRequest request, bool byCustomer, ChangeContext context, CancellationToken ct)
    {
        var (serviceCase, segment) = await LoadAsync(id, ct);
        var rules = await ServiceRules.LoadAsync(db, ct);
        var comment = serviceCase.Comment(request.Text, request.Public, byCustomer, rules.ReopenPeriod, context);
        Track(serviceCase, rules, segment, context);
        await unitOfWork.SaveAsync(ct);
        return comment.Id;
    }

    public async Task MoveAsync(long id, CaseStatusRequest request, Viewer viewer, CancellationToken ct)
    {
        var (serviceCase, segment) = await LoadAsync(id, ct);
        var rules = await ServiceRules.LoadAsync(db, ct);
        var context = Context(viewer);
        var status = EnumInput.Parse<CaseStatus>(request.Status, "status");
        // A comment sent with the move is what the customer reads about it ("Waiting for your photos").
        if (request.Comment is { Length: > 0 } text) serviceCase.Comment(text, true, false, rules.ReopenPeriod, context);
        serviceCase.MoveTo(status, rules.ReopenPeriod, context);
        Track(serviceCase, rules, segment, context);
        await unitOfWork.SaveAsync(ct);
    }

    public async Task EscalateAsync(long id, CaseEscalationRequest request, Viewer viewer, CancellationToken ct)
    {
        var (serviceCase, segment) = await LoadAsync(id, ct);
        var context = Context(viewer);
        serviceCase.Escalate(tiers.QueueOf(serviceCase.EscalationLevel + 1), request.Reason, context);
        Track(serviceCase, await ServiceRules.LoadAsync(db, ct), segment, context);
        await unitOfWork.SaveAsync(ct);
    }

    public async Task LinkArticleAsync(long id, CaseArticleRequest request, Viewer viewer, CancellationToken ct)
    {
        var (serviceCase, _) = await LoadAsync(id, ct);
        var article = new ArticleId(request.ArticleId);
        if (!await db.Articles.AnyAsync(a => a.Id == article && a.Status != ArticleStatus.Draft, ct))
            throw RequestValidationException.For("articleId", $"There is no published article {request.ArticleId}.");
        serviceCase.LinkArticle(article, request.Solved, Context(viewer));
        await unitOfWork.SaveAsync(ct);
    }

    /// <summary>Recomputes the SLA and lets a breach escalate at once, into the tier's queue.</summary>
    public void Track(ServiceCase serviceCase, ServiceRules rules, AbcClass? segment, ChangeContext context) =>
        serviceCase.TrackSla(rules.Policies, rules.Calendar, segment, tiers.QueueOf, context);

    public async Task<(ServiceCase Case, AbcClass? Segment)> LoadAsync(long id, CancellationToken ct)
    {
        var caseId = new CaseId(id);
        var serviceCase = await db.Cases.Include(c => c.Comments).FirstOrDefaultAsync(c => c.Id == caseId, ct) ?? throw new NotFoundException("Case", id);
        var segment = await db.Accounts.Where(a => a.Id == serviceCase.AccountId).Select(a => a.AbcClass).FirstOrDefaultAsync(ct);
        return (serviceCase, segment);
    }

    private async Task<(Account Account, SalesOrder? Order)> SubjectOfAsync(CaseRequest request, Viewer viewer, CancellationToken ct)
    {
        SalesOrder? order = null;
        if (request.OrderId is { } orderId)
        {
            var key = new SalesOrderId(orderId);
            order = await db.SalesOrders.AsNoTracking().Include(o => o.Lines).VisibleTo(viewer, db.Teams).FirstOrDefaultAsync(o => o.Id == key, ct)
                ?? throw RequestValidationException.For("orderId", $"Order {orderId} is not known.");
        }
        else if (request.LineNo is not null) throw RequestValidationException.For("lineNo", "A line is named with its order (orderId).");

        var accounts = db.Accounts.VisibleTo(viewer, db.Teams);
        Account? account;
        if (request.AccountId is { } accountId)
        {
            var key = new AccountId(accountId);
            account = await accounts.FirstOrDefaultAsync(a => a.Id == key, ct) ?? throw RequestValidationException.For("accountId", $"Account {accountId} is not known.");
        }
        else if (request.CustomerNumber is { Length: > 0 } number)
            account = await accounts.Buying(new CustomerNumber(number)).FirstOrDefaultAsync(ct)
                ?? throw RequestValidationException.For("customerNumber", $"Customer {number} is not known.");
        else if (order is not null)
            account = await db.Accounts.Buying(order.CustomerNumber).FirstAsync(ct);
        else throw RequestValidationException.For("customerNumber", "A case needs its customer: a customer number, an account id or an order.");

        if (order is not null && !await db.Accounts.Buying(order.CustomerNumber).AnyAsync(a => a.Id == account.Id, ct))
            throw RequestValidationException.For("orderId", $"Order {order.Number} is not {account.Name}'s.");
        return (account, order);
    }

    private async Task<ContactId?> ContactAsync(AccountId account, long? contactId, CancellationToken ct)
    {
        if (contactId is not { } id) return null;
        var key = new ContactId(id);
        return await db.Contacts.AnyAsync(c => c.Id == key && c.AccountId == account, ct)
            ? key : throw RequestValidationException.For("contactId", $"Contact {id} is not a person at this account.");
    }

    private string KnownQueue(string queue) =>
        tiers.Queues.FirstOrDefault(q => string.Equals(q, queue.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw RequestValidationException.For("queue", $"There is no queue {queue}; the queues are {string.Join(", ", tiers.Queues)}.");

    private ChangeContext Context(Viewer viewer) => new(viewer.UserName, "", time.GetUtcNow());
}
