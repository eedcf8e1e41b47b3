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
    CrmDbContext db, QuoteLineResolver lines, CustomerTeams teams, QuoteTermsReader termsReader, ApprovalAuthority authority, QuotePromises promises,
    IdempotencyKeys idempotency, UnitOfWork unitOfWork, TimeProvider time)
{
    private const int DefaultValidityDays = 30;

    public async Task<(long Id, bool Created)> CreateAsync(QuoteRequest request, string? idempotencyKey, Viewer viewer, CancellationToken ct)
    {
        var idempotent = IdempotencyKeys.For("quotes", viewer.UserName, idempotencyKey, request);
        if (await idempotency.FindAsync(idempotent, ct) is { } existing) return (existing, false);

        var today = time.Today();
        var buyer = await teams.ForNewOrderAsync(request.CustomerNumber, request.AccountId, viewer, ct);
        var (quoteLines, currency) = await lines.ResolveAsync(request, buyer.Number.Value, ct);
        var terms = await termsReader.ReadAsync(request, buyer.Number, isNew: true, ct);
        var quote = Quote.Create(
            buyer.Number, request.RequestedDeliveryDate, request.ValidUntil ?? today.AddDays(DefaultValidityDays),
            request.ShipComplete, quoteLines, today, viewer.UserName, time.GetUtcNow(), buyer.Team, currency, terms, buyer.Prospect);
        // The dates the editor showed are the quote's from its first save: asked again here, kept with the time.
        await promises.RecheckAsync(quote, ct);
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
    public async Task<(long Id, bool NewVersion)> ReviseAsync(long id, QuoteRequest request, Viewer viewer, CancellationToken ct)
    {
        var quote = await LoadAsync(id, ct);
        await EnsureSameCustomerAsync(quote, request, viewer, ct);
        var (revised, _) = await lines.ResolveAsync(request, quote.CustomerNumber.Value, ct);
        var terms = await termsReader.ReadAsync(request, quote.CustomerNumber, isNew: false, ct);
        var (today, now) = (time.Today(), time.GetUtcNow());
        if (quote.RevisesInPlace)
        {
            quote.Revise(request.RequestedDeliveryDate, request.ValidUntil ?? quote.ValidUntil, request.ShipComplete, revised, today, now, terms);
            await promises.RecheckAsync(quote, ct);
            await unitOfWork.SaveAsync(ct);
            return (id, false);
        }
        var next = quote.NextVersion(request.RequestedDeliveryDate, request.ValidUntil ?? quote.ValidUntil, request.ShipComplete, revised, today, viewer.UserName, now, terms);
        await promises.RecheckAsync(next, ct);
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
        var terms = source.Terms;
        var request = new QuoteRequest(
            source.CustomerNumber.Value, source.RequestedDeliveryDate is { } d && d >= today ? d : null, null, source.ShipComplete,
            [.. source.Lines.Select(l => new QuoteLineRequest(
                l.ItemNumber, l.Quantity, l.PriceSource == Crm.Domain.Catalog.PriceSource.Manual ? l.UnitPrice : null, l.DiscountPercent, l.CompleteDelivery, l.Plant,
                l.Optional))],
            ContactId: terms.Contact?.Value, PaymentTerms: terms.PaymentTerms, Incoterms: terms.Incoterms?.ToString(), IncotermsPlace: terms.IncotermsPlace,
            HeaderDiscountPercent: terms.HeaderDiscountPercent, IntroText: terms.IntroText, ClosingText: terms.ClosingText);
        return (await CreateAsync(request, null, viewer, ct)).Id;
    }

    /// <summary>What could be promised for the quote's lines today (nothing is reserved), kept on the lines as their
    /// tentative promise with the time of the check.
    /// A converted quote is not asked again: its dates are its order's, and its order's own reservation would count
    /// against it.</summary>
    public async Task<AvailabilityResponse> CheckAsync(long id, CancellationToken ct)
    {
        var quote = await LoadAsync(id, ct);
        if (quote.SalesOrderId is not null)
            throw new DomainRuleException("quote.converted", $"{quote.Number} became an order; its dates are the order's.");
        var promise = await promises.RecheckAsync(quote, ct);
        await unitOfWork.SaveAsync(ct);
        return promise;
    }

    private async Task EnsureSameCustomerAsync(Quote quote, QuoteRequest request, Viewer viewer, CancellationToken ct)
    {
        if (request.AccountId is null && request.CustomerNumber?.Trim() == quote.CustomerNumber.Value) return;
        if (request.AccountId is null && string.IsNullOrWhiteSpace(request.CustomerNumber))
            throw RequestValidationException.For("customerNumber", "Say whose quote it is: its customer number or its account id.");
        var buyer = await teams.ForNewOrderAsync(request.CustomerNumber, request.AccountId, viewer, ct);
        if (buyer.Number != quote.CustomerNumber)
            throw RequestValidationException.For(request.AccountId is null ? "customerNumber" : "accountId", "A quote's customer cannot change; start a new quote instead.");
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
