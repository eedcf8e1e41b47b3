using System.Security.Claims;
using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Mail;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>Sends a quote to the customer: each chosen contact (the quote's own by default) gets a mail with the text
/// the rep wrote (or the house's), the PDF of this version and a link to the portal, through the mail outbox in the same
/// transaction as the quote becoming Sent; the quote's timeline says who received which version.</summary>
public sealed class SendQuote(
    CrmDbContext db, ApprovalAuthority authority, QuotePromises promises, QuotePdf pdf, PublicLinks links, MailKick mail, UnitOfWork unitOfWork,
    TimeProvider time)
{
    public async Task HandleAsync(long id, QuoteSendRequest? request, ClaimsPrincipal user, CancellationToken ct)
    {
        var by = user.Identity!.Name!;
        await unitOfWork.InTransactionAsync(async () =>
        {
            var quote = await db.Quotes.Include(q => q.Lines).FirstOrDefaultAsync(q => q.Id == new QuoteId(id), ct) ?? throw new NotFoundException("Quote", id);
            var rules = await authority.RulesForAsync(user, quote, ct);
            var now = time.GetUtcNow();
            quote.Send(rules, by, now);
            var recipients = await RecipientsAsync(quote, request?.ContactIds, ct);
            await promises.RefreshIfStaleAsync(quote, ct);
            var document = await pdf.RenderAsync(quote, ct);
            foreach (var (name, email) in recipients)
                db.OutgoingEmails.Add(new OutgoingEmail(email, $"Quote {quote.Number} (version {quote.VersionNumber})", Body(quote, name, request?.Message, by), now)
                    .WithAttachment(document.FileName, document.Pdf));
            db.QuoteEvents.Add(new QuoteEvent(quote.Id, quote.VersionNumber, QuoteEventKind.Sent, by,
                $"To {string.Join(", ", recipients.Select(r => $"{r.Name} <{r.Email}>"))}", now));
            await unitOfWork.SaveAsync(ct);
            return true;
        }, ct);
        mail.Soon();
    }

    private async Task<IReadOnlyList<(string Name, string Email)>> RecipientsAsync(Quote quote, List<long>? contactIds, CancellationToken ct)
    {
        var field = contactIds is null ? "contactId" : "contactIds";
        var wanted = contactIds?.Distinct().Select(c => new ContactId(c)).ToList() ?? (quote.Terms.Contact is { } contact ? [contact] : []);
        if (wanted.Count == 0)
            throw RequestValidationException.For("contactIds", "Choose who receives the quote: it has no contact of its own.");
        var account = db.Accounts.Buying(quote.CustomerNumber).Select(a => a.Id);
        var found = await db.Contacts.AsNoTracking().Where(c => wanted.Contains(c.Id) && account.Contains(c.AccountId))
            .Select(c => new { c.Id, Name = (c.FirstName + " " + c.LastName).Trim(), c.Email }).ToListAsync(ct);
        for (var i = 0; i < wanted.Count; i++)
        {
            var person = found.FirstOrDefault(f => f.Id == wanted[i]);
            var at = contactIds is null ? field : $"{field}[{i}]";
            if (person is null) throw RequestValidationException.For(at, $"Contact {wanted[i].Value} is not a person of this customer.");
            if (string.IsNullOrEmpty(person.Email)) throw RequestValidationException.For(at, $"{person.Name} has no email address.");
        }
        return [.. wanted.Select(w => found.First(f => f.Id == w)).Select(f => (f.Name, f.Email!))];
    }

    private string Body(Quote quote, string name, string? message, string by)
    {
        var link = links.To($"/portal/quotes/{quote.Id.Value}");
        var text = string.IsNullOrWhiteSpace(message)
            ? $"Dear {name},\n\nplease find attached our quote {quote.Number} (version {quote.VersionNumber}), valid until {quote.ValidUntil:yyyy-MM-dd}.\n" +
              "The delivery dates in it are those we can promise today; they are confirmed when you accept."
            : message.Trim();
        return $"{text}\n\nSee the quote with its current delivery dates and accept it online:\n{link}\n\nKind regards,\n{by}";
    }
}
