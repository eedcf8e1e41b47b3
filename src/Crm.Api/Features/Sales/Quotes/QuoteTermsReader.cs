using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>A quote's terms from a request: the contact must be a person of the quote's customer, the Incoterms a
/// 2020 rule; a new quote without payment terms gets the house's default.</summary>
public sealed class QuoteTermsReader(CrmDbContext db, IConfiguration configuration)
{
    public async Task<QuoteTerms> ReadAsync(QuoteRequest request, CustomerNumber customer, bool isNew, CancellationToken ct)
    {
        ContactId? contact = null;
        if (request.ContactId is { } contactId)
        {
            var id = new ContactId(contactId);
            var ofCustomer = await db.Contacts.AnyAsync(
                c => c.Id == id && db.Accounts.Buying(customer).Any(a => a.Id == c.AccountId), ct);
            if (!ofCustomer) throw RequestValidationException.For("contactId", $"Contact {contactId} is not a person of customer {customer.Value}.");
            contact = id;
        }
        Incoterms? incoterms = null;
        if (!string.IsNullOrWhiteSpace(request.Incoterms))
        {
            if (!request.Incoterms.Trim().All(char.IsAsciiLetter) || !Enum.TryParse<Incoterms>(request.Incoterms.Trim(), ignoreCase: true, out var rule))
                throw RequestValidationException.For("incoterms", $"'{request.Incoterms}' is not an Incoterms 2020 rule: use one of {string.Join(", ", Enum.GetNames<Incoterms>())}.");
            incoterms = rule;
        }
        var paymentTerms = request.PaymentTerms;
        if (isNew && string.IsNullOrWhiteSpace(paymentTerms)) paymentTerms = configuration["Quotes:DefaultPaymentTerms"] ?? "30 days net";
        return new QuoteTerms(contact, paymentTerms, incoterms, request.IncotermsPlace, request.HeaderDiscountPercent, request.IntroText, request.ClosingText);
    }
}
