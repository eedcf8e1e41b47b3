namespace Crm.Api.Contracts;

public sealed record ProductSummary(string ItemNumber, string Description, string BaseUnit, decimal UnitPrice, string Currency, string Plant);

public sealed record CustomerSummary(string CustomerNumber, string Name, string City, string Country, int TransitDays);

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
