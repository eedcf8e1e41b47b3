using System.ComponentModel.DataAnnotations;

namespace Crm.Contracts;

public sealed record PriceListLineRequest(
    [property: Required, StringLength(40, MinimumLength = 1)] string? ItemNumber,
    [property: Required, Range(typeof(decimal), "0", "1000000000")] decimal? MinQuantity,
    [property: Required, Range(typeof(decimal), "0", "100000000")] decimal? UnitPrice);

/// <summary>A price list for one customer (customerNumber), one customer group (customerGroup) or, with neither, everyone.</summary>
/// <param name="ValidTo">The last day it is valid; open-ended when absent.</param>
public sealed record PriceListRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string? Name,
    [property: Required, StringLength(3, MinimumLength = 3)] string? Currency,
    [property: StringLength(40)] string? CustomerNumber,
    [property: StringLength(20)] string? CustomerGroup,
    [property: Required] DateOnly? ValidFrom,
    DateOnly? ValidTo,
    [property: MaxLength(10_000)] List<PriceListLineRequest>? Lines);

public sealed record PriceListLineResponse(string ItemNumber, string? Description, decimal MinQuantity, decimal UnitPrice);

/// <param name="Scope">CustomerPriceList, GroupPriceList or GeneralPriceList: the price source its lines give.</param>
public sealed record PriceListResponse(
    long Id, string Name, string Currency, string Scope, string? CustomerNumber, string? CustomerName, string? CustomerGroup,
    DateOnly ValidFrom, DateOnly? ValidTo, IReadOnlyList<PriceListLineResponse> Lines);

public sealed record PriceListSummary(
    long Id, string Name, string Currency, string Scope, string? CustomerNumber, string? CustomerGroup, DateOnly ValidFrom, DateOnly? ValidTo, int Lines);

/// <summary>One row of an import that was not taken: the file's line number, the column and why.</summary>
public sealed record ImportRowError(int Row, string Field, string Reason);

/// <param name="RowsRead">Data rows in the file (the header not counted).</param>
/// <param name="Skipped">The rows not taken, when the good ones were applied anyway.</param>
public sealed record PriceListImportResponse(int RowsRead, int RowsApplied, IReadOnlyList<ImportRowError> Skipped);
