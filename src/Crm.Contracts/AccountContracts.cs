using System.ComponentModel.DataAnnotations;

namespace Crm.Contracts;

/// <summary>A prospect: a company the CRM enters before the ERP knows it.</summary>
/// <param name="Phone">In any usual format; stored in E.164 (the country, else the configured region, reads a national number).</param>
/// <param name="VatId">With or without its country prefix; spaces, dots and dashes are ignored.</param>
/// <param name="TeamId">The team that works it; by default the creator's own team, else the team that takes new customers.</param>
/// <param name="Owner">The user responsible (email); by default the creator when in the team, else the team's manager.</param>
/// <param name="ConfirmedNotDuplicate">The likely duplicates found were looked at and this is another company: store it anyway (recorded).</param>
public sealed record AccountRequest(
    [property: Required, StringLength(200)] string? Name,
    [property: StringLength(200)] string? Street = null,
    [property: StringLength(20)] string? PostalCode = null,
    [property: StringLength(100)] string? City = null,
    [property: StringLength(2)] string? Country = null,
    [property: StringLength(30)] string? VatId = null,
    [property: StringLength(200)] string? Website = null,
    [property: StringLength(50)] string? Phone = null,
    [property: StringLength(254)] string? Email = null,
    [property: StringLength(100)] string? Industry = null,
    [property: MaxLength(20)] IReadOnlyList<string>? Tags = null,
    [property: StringLength(4000)] string? Notes = null,
    long? TeamId = null,
    [property: StringLength(256)] string? Owner = null,
    bool ConfirmedNotDuplicate = false);

/// <summary>An account in a list.</summary>
/// <param name="Kind">Customer (the ERP knows it) or Prospect.</param>
public sealed record AccountSummary(
    long Id, string? CustomerNumber, string Name, string City, string Country, string Kind, string? VatId, string? Phone, string? Email,
    long? TeamId, string? TeamName, string? Owner, string? Industry, IReadOnlyList<string> Tags, string? AbcClass = null);

/// <summary>One account with everything the CRM keeps of it.</summary>
public sealed record AccountResponse(
    long Id, string? CustomerNumber, string Kind, string Name, string Street, string PostalCode, string City, string Country,
    string? VatId, string? Phone, string? Email, string? Website, string? Industry, IReadOnlyList<string> Tags, string? Notes,
    long? TeamId, string? TeamName, string? Owner, string Currency, decimal CreditLimit, string CustomerGroup,
    string? ConfirmedNotDuplicateBy, DateTimeOffset? CreatedAt, string? CreatedBy, DateTimeOffset? ErpCustomerRequestedAt = null);

/// <summary>A record that is likely the same company or person as the one being entered.</summary>
/// <param name="Type">Account, Contact or Lead.</param>
/// <param name="Score">0 to 1: how sure the check is that it is the same.</param>
/// <param name="Reasons">Why it matches, e.g. "same VAT id", "similar name (94 %)".</param>
public sealed record DuplicateCandidate(long Id, string Type, string Name, string? CustomerNumber, double Score, IReadOnlyList<string> Reasons);

/// <summary>A person at an account.</summary>
/// <param name="Phone">In any usual format (read in the account's country); stored in E.164.</param>
/// <param name="Language">ISO 639-1, e.g. de, pl, en.</param>
/// <param name="IsPrimary">The account's first person to contact; the previous primary contact stops being it.</param>
/// <param name="ConfirmedNotDuplicate">The likely duplicates found were looked at and this is another person.</param>
public sealed record ContactRequest(
    [property: Required, StringLength(100)] string? LastName,
    [property: StringLength(100)] string? FirstName = null,
    [property: StringLength(100)] string? JobTitle = null,
    [property: StringLength(254)] string? Email = null,
    [property: StringLength(50)] string? Phone = null,
    [property: StringLength(50)] string? Mobile = null,
    [property: StringLength(2)] string? Language = null,
    bool IsPrimary = false,
    bool ConfirmedNotDuplicate = false);

public sealed record ContactResponse(
    long Id, long AccountId, string FirstName, string LastName, string? JobTitle, string? Email, string? Phone, string? Mobile,
    string? Language, bool IsPrimary, DateTimeOffset CreatedAt, string CreatedBy);

/// <summary>Changes to a contact: a field left out (or null) stays as it is; an empty text clears it (the last name
/// cannot be cleared). A changed name, email or phone is checked for duplicates again.</summary>
public sealed record ContactPatch(
    [property: StringLength(100)] string? LastName = null,
    [property: StringLength(100)] string? FirstName = null,
    [property: StringLength(100)] string? JobTitle = null,
    [property: StringLength(254)] string? Email = null,
    [property: StringLength(50)] string? Phone = null,
    [property: StringLength(50)] string? Mobile = null,
    [property: StringLength(2)] string? Language = null,
    bool? IsPrimary = null,
    bool ConfirmedNotDuplicate = false);

/// <summary>Changes to an account: a field left out (or null) stays as it is; an empty text clears it. Name, address,
/// VAT id, phone and email are the ERP's for a customer (a 400 names the field) and the CRM's for a prospect.</summary>
/// <param name="ConfirmedNotDuplicate">A new name that looks like another account's is meant (recorded).</param>
public sealed record AccountPatch(
    [property: StringLength(200)] string? Name = null,
    [property: StringLength(200)] string? Street = null,
    [property: StringLength(20)] string? PostalCode = null,
    [property: StringLength(100)] string? City = null,
    [property: StringLength(2)] string? Country = null,
    [property: StringLength(30)] string? VatId = null,
    [property: StringLength(50)] string? Phone = null,
    [property: StringLength(254)] string? Email = null,
    [property: StringLength(200)] string? Website = null,
    [property: StringLength(100)] string? Industry = null,
    [property: MaxLength(20)] IReadOnlyList<string>? Tags = null,
    [property: StringLength(4000)] string? Notes = null,
    bool ConfirmedNotDuplicate = false);

/// <summary>An account's segment: ABC class (and last month's, so a move shows) and RFM scores 1–5.</summary>
public sealed record SegmentResponse(string? AbcClass, string? PreviousAbcClass, int? Recency, int? Frequency, int? Monetary, DateOnly? SegmentedOn);

/// <summary>Open and paid invoices of the last twelve months, in the account's currency.</summary>
public sealed record InvoiceTotals(int Open, decimal OpenAmount, int Paid, decimal PaidAmount, IReadOnlyList<InvoiceResponse> Latest);

/// <summary>Everything about an account in one answer: the customer 360.</summary>
public sealed record AccountOverview(
    AccountResponse Account, SegmentResponse Segment, IReadOnlyList<ContactResponse> Contacts, IReadOnlyList<OpportunitySummary> OpenOpportunities,
    IReadOnlyList<QuoteSummary> Quotes, IReadOnlyList<OrderSummary> Orders, InvoiceTotals Invoices,
    IReadOnlyList<ActivityResponse> NextActivities, IReadOnlyList<ActivityResponse> PastActivities);
