using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Atp;

public sealed class CustomerLookup(CrmDbContext db)
{
    /// <summary>The customer's transit days; 0 without a customer. An unknown customer is a field error.</summary>
    public async Task<int> TransitDaysAsync(string? customerNumber, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(customerNumber)) return 0;
        var transit = await db.Customers.AsNoTracking()
            .Where(c => c.CustomerNumber == customerNumber.Trim())
            .Select(c => (int?)c.TransitDays)
            .FirstOrDefaultAsync(ct);
        return transit ?? throw RequestValidationException.For("customerNumber", $"Customer {customerNumber} is not known.");
    }
}
