using System.ComponentModel.DataAnnotations;

namespace Crm.Contracts;

/// <param name="FloorPrice">The lowest net unit price quoted without a manager's approval (CRM-owned; none when absent).</param>
public sealed record ProductSummary(string ItemNumber, string Description, string BaseUnit, decimal UnitPrice, string Currency, string Plant, decimal? FloorPrice = null);

public sealed record FloorPriceRequest([property: Range(typeof(decimal), "0", "100000000")] decimal? FloorPrice);

/// <param name="ReceivingDays">The weekdays the customer takes deliveries on (CRM-owned; Monday to Friday unless set).</param>
/// <param name="TeamId">The sales team that works the customer (none until one takes it).</param>
/// <param name="Owner">The email of the customer's owner in that team.</param>
public sealed record CustomerSummary(
    string CustomerNumber, string Name, string City, string Country, int TransitDays, IReadOnlyList<DayOfWeek> ReceivingDays,
    long? TeamId = null, string? TeamName = null, string? Owner = null, bool RequiresPurchaseOrderNumber = false,
    decimal CreditLimit = 0, string? Currency = null);

/// <param name="RequiresPurchaseOrderNumber">No order of the customer is confirmed without its purchase order number.</param>
public sealed record OrderSettingsRequest([property: Required] bool? RequiresPurchaseOrderNumber);

/// <summary>The weekdays a customer receives goods on, e.g. ["Monday", "Wednesday"].</summary>
public sealed record ReceivingDaysRequest(
    [property: Required, MinLength(1, ErrorMessage = "At least one receiving day is required."), MaxLength(7)] List<DayOfWeek>? Days);

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
