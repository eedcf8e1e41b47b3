using Crm.Domain.Common;

namespace Crm.Domain.Accounts;

/// <summary>A company the CRM works: an ERP customer (it has a customer number; the ERP masters its name, address,
/// credit and terms, and a sync keeps them) or a CRM prospect (no number yet; the CRM keeps everything until the ERP
/// creates it as a customer). The team, owner, industry, website, tags, notes and receiving days are the CRM's.</summary>
public sealed class Account : AggregateRoot, ITeamOwned
{
    public const int MaxNameLength = 200, MaxNotesLength = 4_000, MaxTags = 20, MaxTagLength = 40;

    private List<string> _tags = [];

    private Account()
    {
        Name = Street = City = PostalCode = Country = CustomerGroup = Currency = SearchText = "";
    }

    public AccountId Id { get; private set; }

    /// <summary>The ERP's number; none while the account is a prospect.</summary>
    public CustomerNumber? CustomerNumber { get; private set; }

    public bool IsProspect => CustomerNumber is null;

    public string Name { get; private set; }

    public string Street { get; private set; }

    public string City { get; private set; }

    public string PostalCode { get; private set; }

    /// <summary>ISO 3166 two-letter code.</summary>
    public string Country { get; private set; }

    public string? Email { get; private set; }

    /// <summary>As the ERP sent it, or in E.164 for what the CRM entered.</summary>
    public string? Phone { get; private set; }

    public string? VatId { get; private set; }

    public string CustomerGroup { get; private set; }

    public decimal CreditLimit { get; private set; }

    public string Currency { get; private set; }

    public int TransitDays { get; private set; }

    public DateTimeOffset LastChange { get; private set; }

    public string? Industry { get; private set; }

    public string? Website { get; private set; }

    public string? Notes { get; private set; }

    public IReadOnlyList<string> Tags => _tags;

    /// <summary>Number, name, city, VAT id, email domain and phone folded for search (<see cref="Common.SearchText"/>).</summary>
    public string SearchText { get; private set; }

    /// <summary>When the ERP deleted the customer. Orders that have it keep it; nothing new can be sold with it.</summary>
    public DateTimeOffset? DeletedInErpAt { get; private set; }

    /// <summary>The days the customer takes deliveries on; owned by the CRM, so a sync never changes it.</summary>
    public ReceivingDays ReceivingDays { get; private set; } = ReceivingDays.MondayToFriday;

    /// <summary>When a rep asked for the prospect to be created in the ERP; it waits for its number until the ERP answers.</summary>
    public DateTimeOffset? ErpCustomerRequestedAt { get; private set; }

    public string? ErpCustomerRequestedBy { get; private set; }

    /// <summary>The CRM's reference for the account in the ERP ("ACC-42"), by which a customer the ERP created on request is known.</summary>
    public string? ErpReference { get; private set; }

    public AbcClass? AbcClass { get; private set; }

    /// <summary>The class of the month before the last segmentation's.</summary>
    public AbcClass? PreviousAbcClass { get; private set; }

    public int? RecencyScore { get; private set; }

    public int? FrequencyScore { get; private set; }

    public int? MonetaryScore { get; private set; }

    public DateOnly? SegmentedOn { get; private set; }

    /// <summary>The customer wants its purchase order number on every order: none is confirmed without one. CRM-owned.</summary>
    public bool RequiresPurchaseOrderNumber { get; private set; }

    /// <summary>The sales team that works the account; none until one takes it (see <see cref="Team.TakesNewCustomers"/>).</summary>
    public TeamId? TeamId { get; private set; }

    /// <summary>The user name of the rep (or manager) responsible for the account.</summary>
    public string? Owner { get; private set; }

    /// <summary>Who said this account is not a duplicate of the candidates the check found, and when.</summary>
    public string? ConfirmedNotDuplicateBy { get; private set; }

    public DateTimeOffset? CreatedAt { get; private set; }

    public string? CreatedBy { get; private set; }

    /// <summary>A customer as the ERP sends it.</summary>
    /// <param name="erpReference">The CRM's reference the ERP keeps with a customer the CRM asked it to create.</param>
    public static Account FromErp(
        CustomerNumber customerNumber, string name, string street, string city, string postalCode, string country,
        string? email, string? phone, string customerGroup, decimal creditLimit, string currency, int transitDays,
        DateTimeOffset lastChange, string? erpReference = null)
    {
        var account = new Account { CustomerNumber = customerNumber, ErpReference = erpReference };
        account.TakeErpFields(name, street, city, postalCode, country, email, phone, customerGroup, creditLimit, currency, transitDays, lastChange);
        return account;
    }

    /// <summary>A company the CRM enters itself, owned by whoever works it.</summary>
    public static Account Prospect(ProspectDetails details, string currency, Team team, string owner, ChangeContext context)
    {
        var account = new Account { Currency = currency, CreatedAt = context.Now, CreatedBy = context.By, LastChange = context.Now };
        account.Describe(details);
        account.AssignTo(team, owner);
        account.ClearDomainEvents();
        return account;
    }

    /// <summary>The prospect's own fields; an ERP customer's come from the ERP only.</summary>
    public void Describe(ProspectDetails details)
    {
        if (!IsProspect)
            throw new DomainRuleException("account.erp_mastered", "The ERP masters this customer's name, address and contact data: ask for a change in the ERP.", details.ChangedField ?? "name");
        Name = details.Name;
        (Street, PostalCode, City, Country) = (details.Street, details.PostalCode, details.City, details.Country);
        (Email, Phone, VatId) = (details.Email?.Value, details.Phone?.Value, details.VatId?.Value);
        Reindex();
    }

    /// <summary>The fields the CRM owns on every account.</summary>
    public void Profile(string? industry, string? website, string? notes, IEnumerable<string>? tags)
    {
        Industry = Optional(industry, 100, "industry");
        Website = Optional(website, 200, "website");
        Notes = Optional(notes, MaxNotesLength, "notes");
        if (tags is not null)
        {
            var cleaned = tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (cleaned.Count > MaxTags || cleaned.Any(t => t.Length > MaxTagLength))
                throw new DomainRuleException("account.tags", $"An account takes at most {MaxTags} tags of {MaxTagLength} characters each.", "tags");
            _tags = cleaned;
        }
    }

    /// <summary>The user confirmed the account is not one of the likely duplicates the check found.</summary>
    public void ConfirmNotDuplicate(string by) => ConfirmedNotDuplicateBy = by;

    public void DeletedInErp(DateTimeOffset at) => DeletedInErpAt ??= at;

    public void ReceiveOn(ReceivingDays days) => ReceivingDays = days;

    /// <summary>A rep asks for the prospect to be created in the ERP: asked once, answered with its customer number.</summary>
    public void RequestErpCustomer(ChangeContext context)
    {
        if (!IsProspect)
            throw new DomainRuleException("account.erp_customer", $"{Name} is ERP customer {CustomerNumber!.Value} already.");
        if (ErpCustomerRequestedAt is not null) return;
        if (Street.Length == 0 || City.Length == 0 || PostalCode.Length == 0 || Country.Length == 0)
            throw new DomainRuleException("account.address_missing", "The ERP needs the street, postal code, city and country to create the customer.", "street");
        (ErpCustomerRequestedAt, ErpCustomerRequestedBy, ErpReference) = (context.Now, context.By, ErpReference ?? $"ACC-{Id}");
        Raise(new ErpCustomerRequested(this));
    }

    /// <summary>The CRM's reference of a prospect, which its documents carry until the ERP gives it a customer number.</summary>
    public CustomerNumber ReferenceForDocuments()
    {
        if (!IsProspect) return CustomerNumber!;
        ErpReference ??= $"ACC-{Id}";
        return new CustomerNumber(ErpReference);
    }

    /// <summary>The ERP created the prospect as its customer under this number.</summary>
    public void BecomeCustomer(CustomerNumber number)
    {
        if (CustomerNumber == number) return;
        if (!IsProspect)
            throw new DomainRuleException("account.erp_customer", $"{Name} is ERP customer {CustomerNumber!.Value} already.");
        CustomerNumber = number;
        Reindex();
    }

    /// <summary>The account's segment as of a run of segmentation. A run in a new month keeps the class it had so far
    /// as the previous one, so a move (B → A) shows for the month.</summary>
    public void Segment(AccountSegment segment, DateOnly on)
    {
        if (SegmentedOn is not { } last || last.Year != on.Year || last.Month != on.Month) PreviousAbcClass = AbcClass;
        (AbcClass, RecencyScore, FrequencyScore, MonetaryScore, SegmentedOn) = (segment.Class, segment.Recency, segment.Frequency, segment.Monetary, on);
    }

    public void RequirePurchaseOrderNumber(bool required) => RequiresPurchaseOrderNumber = required;

    /// <summary>A customer the ERP just sent joins the team that takes new customers, owned by its manager.</summary>
    public void JoinTeam(Team team)
    {
        if (TeamId is not null) return;
        TeamId = team.Id;
        Owner = team.ManagerUserName;
    }

    /// <summary>Hands the account to a team and an owner in it; its open quotes, orders, deals and activities follow
    /// (<see cref="CustomerReassigned"/>).</summary>
    public void AssignTo(Team team, string owner)
    {
        if (!team.Includes(owner))
            throw new DomainRuleException("customer.owner_not_in_team", $"{owner} is not in team {team.Name}.", "owner");
        if (TeamId == team.Id && string.Equals(Owner, owner, StringComparison.OrdinalIgnoreCase)) return;
        var from = TeamId;
        TeamId = team.Id;
        Owner = owner;
        if (from is not null && from != team.Id)
            Raise(new CustomerReassigned(CustomerNumber ?? (ErpReference is { } reference ? new CustomerNumber(reference) : null), Id, from, team.Id, owner));
    }

    /// <summary>The ERP sent the customer again: its fields replace the stored ones.</summary>
    public void Update(Account from)
    {
        TakeErpFields(from.Name, from.Street, from.City, from.PostalCode, from.Country, from.Email, from.Phone, from.CustomerGroup,
            from.CreditLimit, from.Currency, from.TransitDays, from.LastChange);
        // The ERP sent it again, alive: it was created anew, or the deletion was undone.
        DeletedInErpAt = null;
    }

    private void TakeErpFields(
        string name, string street, string city, string postalCode, string country, string? email, string? phone,
        string customerGroup, decimal creditLimit, string currency, int transitDays, DateTimeOffset lastChange)
    {
        (Name, Street, City, PostalCode, Country, Email, Phone) = (name, street, city, postalCode, country, email, phone);
        (CustomerGroup, CreditLimit, Currency, TransitDays, LastChange) = (customerGroup, creditLimit, currency, transitDays, lastChange);
        Reindex();
    }

    private void Reindex() => SearchText = Common.SearchText.Of(
        CustomerNumber?.Value, Name, City, VatId, Email is { } email ? email[(email.LastIndexOf('@') + 1)..] : null, Phone);

    private static string? Optional(string? text, int maxLength, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        return trimmed.Length <= maxLength ? trimmed
            : throw new DomainRuleException("account.too_long", $"{field} takes at most {maxLength} characters.", field);
    }
}
