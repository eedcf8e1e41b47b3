using System.Security.Claims;
using Crm.Contracts;
using Crm.Api.Features.Sales.Availability;
using Crm.Api.Features.Sales.Ownership;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Api.Infrastructure.Visibility;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>Creating, revising and copying quotes, and the named steps of their life: submit, approve or reject,
/// send, accept, decline.</summary>
public sealed class QuoteCommands(
    CrmDbContext db, QuoteLineResolver lines, CustomerTeams teams, ApprovalAuthority authority, CheckAvailability check, IdempotencyKeys idempotency,
    UnitOfWork unitOfWork, TimeProvider time)
{
    private const int DefaultValidityDays = 30;

    public async Task<(long Id, bool Created)> CreateAsync(QuoteRequest request, string? idempotencyKey, Viewer viewer, CancellationToken ct)
    {
        var idempotent = IdempotencyKeys.For("quotes", viewer.UserName, idempotencyKey, request);
        if (await idempotency.FindAsync(idempotent, ct) is { } existing) return (existing, false);

        var today = time.Today();
        var team = await teams.ForNewDocumentAsync(request.CustomerNumber!, viewer, ct);
        var (quoteLines, currency) = await lines.ResolveAsync(request, ct);
        var quote = Quote.Create(
            new CustomerNumber(request.CustomerNumber!), request.RequestedDeliveryDate, request.ValidUntil ?? today.AddDays(DefaultValidityDays),
            request.ShipComplete, quoteLines, today, viewer.UserName, time.GetUtcNow(), team, currency);
        try
        {
            await unitOfWork.SaveNewAsync(quote, quote.AssignNumber, q => idempotency.Remember(idempotent, q.Id.Value), ct);
        }
        catch (DbUpdateException) when (idempotent.Key is not null)
        {
            // Another request with the same key created the quote first.
            db.ChangeTracker.Clear();
            if (await idempotency.FindAsync(idempotent, ct) is not { } raced) throw;
            return (raced, false);
        }
        return (quote.Id.Value, true);
    }

    /// <summary>A draft (or a request not yet decided, or turned down) changes in place; a sent or approved quote gets
    /// its next version, and this one becomes read-only.</summary>
    /// <returns>The id of the quote as revised: this one, or its new version.</returns>
    public async Task<(long Id, bool NewVersion)> ReviseAsync(long id, QuoteRequest request, string user, CancellationToken ct)
    {
        var quote = await LoadAsync(id, ct);
        if (request.CustomerNumber?.Trim() != quote.CustomerNumber.Value)
            throw RequestValidationException.For("customerNumber", "A quote's customer cannot change; start a new quote instead.");
        var (revised, _) = await lines.ResolveAsync(request, ct);
        var (today, now) = (time.Today(), time.GetUtcNow());
        if (quote.RevisesInPlace)
        {
            quote.Revise(request.RequestedDeliveryDate, request.ValidUntil ?? quote.ValidUntil, request.ShipComplete, revised, today, now);
            await unitOfWork.SaveAsync(ct);
            return (id, false);
        }
        var next = quote.NextVersion(request.RequestedDeliveryDate, request.ValidUntil ?? quote.ValidUntil, request.ShipComplete, revised, today, user, now);
        db.Quotes.Add(next);
        await unitOfWork.SaveAsync(ct);
        return (next.Id.Value, true);
    }

    /// <summary>A new quote (version 1 of a new number) with an old one's customer, terms and lines, priced as of today
    /// (a price the rep typed stays theirs): how an expired quote is offered again.</summary>
    public async Task<long> CopyAsync(long id, Viewer viewer, CancellationToken ct)
    {
        var source = await LoadAsync(id, ct);
        var today = time.Today();
        var request = new QuoteRequest(
            source.CustomerNumber.Value, source.RequestedDeliveryDate is { } d && d >= today ? d : null, null, source.ShipComplete,
            [.. source.Lines.Select(l => new QuoteLineRequest(
                l.ItemNumber, l.Quantity, l.PriceSource == Crm.Domain.Catalog.PriceSource.Manual ? l.UnitPrice : null, l.DiscountPercent, l.CompleteDelivery, l.Plant))]);
        return (await CreateAsync(request, null, viewer, ct)).Id;
    }

    /// <summary>What could be promised for the quote's lines today (nothing is reserved), kept on the lines as their
    /// tentative promise with the time of the check.</summary>
    public async Task<AvailabilityResponse> CheckAsync(long id, CancellationToken ct)
    {
        var quote = await LoadAsync(id, ct);
        var promise = await check.HandleAsync(new AvailabilityRequest(
            quote.CustomerNumber.Value, null, quote.RequestedDeliveryDate, quote.ShipComplete,
            [.. quote.Lines.Select(l => new AvailabilityLineRequest(l.ItemNumber, l.Quantity, l.CompleteDelivery, l.Plant))]), explain: false, ct);
        quote.RecordPromise([.. promise.Lines.Select(l => (l.ConfirmedQuantity, l.ScheduleLines.Select(s => (DateOnly?)s.DeliveryDate).LastOrDefault()))], time.GetUtcNow());
        await unitOfWork.SaveAsync(ct);
        return promise;
    }

    public Task SubmitAsync(long id, ClaimsPrincipal user, CancellationToken ct) =>
        ApplyAsync(id, async q => q.Submit(await authority.RulesForAsync(user, q, ct), Name(user), time.GetUtcNow()), ct);

    public Task ApproveAsync(long id, string? comment, ClaimsPrincipal user, CancellationToken ct) =>
        ApplyAsync(id, q =>
        {
            EnsureNotOwnRequest(q, user);
            q.Approve(Name(user), comment, time.GetUtcNow());
            return Task.CompletedTask;
        }, ct);

    public Task RejectAsync(long id, string? comment, ClaimsPrincipal user, CancellationToken ct) =>
        ApplyAsync(id, q =>
        {
            EnsureNotOwnRequest(q, user);
            q.RejectApproval(Name(user), comment ?? "", time.GetUtcNow());
            return Task.CompletedTask;
        }, ct);

    public Task SendAsync(long id, ClaimsPrincipal user, CancellationToken ct) =>
        ApplyAsync(id, async q => q.Send(await authority.RulesForAsync(user, q, ct), Name(user), time.GetUtcNow()), ct);

    public Task AcceptAsync(long id, ClaimsPrincipal user, CancellationToken ct) =>
        ApplyAsync(id, async q => q.Accept(await authority.RulesForAsync(user, q, ct), Name(user), time.Today(), time.GetUtcNow()), ct);

    public Task DeclineAsync(long id, CancellationToken ct) =>
        ApplyAsync(id, q =>
        {
            q.Decline(time.GetUtcNow());
            return Task.CompletedTask;
        }, ct);

    private static string Name(ClaimsPrincipal user) => user.Identity!.Name!;

    /// <summary>The requester never decides their own request: refused as not allowed, whatever their role.</summary>
    private static void EnsureNotOwnRequest(Quote quote, ClaimsPrincipal user)
    {
        if (quote.Status == QuoteStatus.PendingApproval && string.Equals(quote.SubmittedBy, Name(user), StringComparison.OrdinalIgnoreCase))
            throw new ForbiddenException("Nobody approves or rejects their own request; another manager of the team decides.", "approval.own_request");
    }

    private async Task ApplyAsync(long id, Func<Quote, Task> transition, CancellationToken ct)
    {
        var quote = await LoadAsync(id, ct);
        try
        {
            await transition(quote);
        }
        finally
        {
            // A refused acceptance can still record that the quote expired.
            await unitOfWork.SaveAsync(ct);
        }
    }

    private async Task<Quote> LoadAsync(long id, CancellationToken ct)
    {
        var quoteId = new QuoteId(id);
        return await db.Quotes.Include(q => q.Lines).FirstOrDefaultAsync(q => q.Id == quoteId, ct) ?? throw new NotFoundException("Quote", id);
    }
}
