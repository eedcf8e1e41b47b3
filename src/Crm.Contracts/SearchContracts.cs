namespace Crm.Contracts;

/// <summary>What a global search hit is: where the UI opens it.</summary>
public enum SearchHitKind { Customer, Quote, Order }

/// <param name="Key">The customer's account id (its 360 opens), or the quote's or order's id.</param>
public sealed record SearchHit(SearchHitKind Kind, string Key, string Title, string Detail);

public sealed record SearchResponse(string Query, IReadOnlyList<SearchHit> Hits);
