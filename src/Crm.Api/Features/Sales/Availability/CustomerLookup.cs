using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Promising;

namespace Crm.Api.Features.Sales.Availability;

public sealed class CustomerLookup(CrmDbContext db)
{
    /// <summary>The customer's transit and receiving days; <see cref="DeliveryTerms.None"/> without a customer. An unknown customer is a field error, and so is one
    /// the ERP deleted, unless the promise is for an order it already has.</summary>
    /// <param name="existingOrder">The promise changes an order the customer already has: the ERP's deletion does not
    /// take back what was sold.</param>
    public async Task<DeliveryTerms> TermsAsync(string? customerNumber, CancellationToken ct, bool existingOrder = false)
    {
        if (string.IsNullOrWhiteSpace(customerNumber)) return DeliveryTerms.None;
        var customer = await AvailabilityQueries.For(db).Customer(db, new CustomerNumber(customerNumber), customerNumber.Trim(), ct)
            ?? throw RequestValidationException.For("customerNumber", $"Customer {customerNumber} is not known.");
        if (customer.DeletedInErpAt is not null && !existingOrder)
            throw RequestValidationException.For("customerNumber", $"Customer {customerNumber} was deleted in the ERP; nothing new can be sold to it.");
        return new DeliveryTerms(customer.TransitDays, customer.ReceivingDays);
    }

    public Task<DeliveryTerms> TermsAsync(CustomerNumber customerNumber, CancellationToken ct, bool existingOrder = false) =>
        TermsAsync(customerNumber.Value, ct, existingOrder);
}
