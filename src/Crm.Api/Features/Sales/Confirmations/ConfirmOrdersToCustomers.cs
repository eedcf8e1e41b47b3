using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure.Mail;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Confirmations;

/// <summary>An order confirmed for good (not provisional, not held for credit; or released from the hold) is confirmed
/// to the customer's contact by mail with its PDF: the quote's contact, or the buyer who ordered in the portal. Written
/// in the transaction of the confirmation, sent by the mail outbox after it.</summary>
public sealed class ConfirmOrdersToCustomers(CrmDbContext db, OrderConfirmationPdf pdf, PublicLinks links, MailKick mail, TimeProvider time) : IDomainEventHandler
{
    public IReadOnlySet<Type> Handles { get; } = new HashSet<Type> { typeof(OrderConfirmed), typeof(CreditHoldReleased) };

    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        var orders = events.OfType<OrderConfirmed>().Where(e => e.Final).Select(e => e.Order)
            .Concat(events.OfType<CreditHoldReleased>().Select(e => e.Order)).Distinct().ToList();
        var wrote = false;
        foreach (var order in orders)
        {
            if (await RecipientAsync(order, ct) is not { } to) continue;
            var (content, fileName) = await pdf.RenderAsync(order, ct);
            writes.Add(new OutgoingEmail(to.Email, $"Order confirmation {order.Number}" + (order.PurchaseOrderNumber is { } po ? $" (your order {po})" : ""),
                $"Dear {to.Name},\n\nthank you for your order. We confirm order {order.Number} with the delivery dates in the attached confirmation; " +
                $"the goods are reserved for you.\n\nFollow it in our customer portal:\n{links.To($"/portal/orders/{order.Id.Value}")}\n\nKind regards",
                time.GetUtcNow()).WithAttachment(fileName, content));
            wrote = true;
        }
        if (wrote) writes.AfterCommit(mail.Soon);
    }

    private async Task<(string Name, string Email)?> RecipientAsync(SalesOrder order, CancellationToken ct)
    {
        var account = db.Accounts.Buying(order.CustomerNumber).Select(a => a.Id);
        var contacts = db.Contacts.AsNoTracking().Where(c => account.Contains(c.AccountId) && c.Email != null);
        if (order.QuoteId is { } quoteId)
        {
            var contactId = await db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Terms.Contact).FirstOrDefaultAsync(ct);
            contacts = contactId is { } id ? contacts.Where(c => c.Id == id) : contacts.Where(c => false);
        }
        else contacts = contacts.Where(c => c.Email == order.CreatedBy);
        var found = await contacts.Select(c => new { Name = (c.FirstName + " " + c.LastName).Trim(), c.Email }).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.Name, found.Email!);
    }
}
