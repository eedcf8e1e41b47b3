using Crm.Api.Infrastructure;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>How lists of other records find "their customer matches the search": by number, name or city, folded.</summary>
public static class CustomerMatching
{
    /// <param name="folded">Text already folded by <see cref="SearchText.Fold"/>.</param>
    public static IQueryable<CustomerNumber> NumbersMatching(this IQueryable<Account> customers, string folded) =>
        customers.Where(c => EF.Functions.Like(c.SearchText, SearchPattern.Containing(folded), SearchPattern.Escape)).Where(c => c.CustomerNumber != null).Select(c => c.CustomerNumber!);
}
