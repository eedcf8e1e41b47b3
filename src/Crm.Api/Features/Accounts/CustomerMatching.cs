using Crm.Domain.Accounts;
using Crm.Domain.Common;

namespace Crm.Api.Features.Accounts;

/// <summary>How lists of other records find "their customer matches the search": by number, name or city, folded.</summary>
public static class CustomerMatching
{
    /// <param name="folded">Text already folded by <see cref="SearchText.Fold"/>.</param>
    public static IQueryable<CustomerNumber> NumbersMatching(this IQueryable<Customer> customers, string folded) =>
        customers.Where(c => c.SearchText.Contains(folded)).Select(c => c.CustomerNumber);
}
