using Crm.Domain.Common;

namespace Crm.Domain.Accounts;

/// <summary>A customer account as the ERP knows it.</summary>
public sealed class Customer(
    CustomerNumber customerNumber, string name, string street, string city, string postalCode, string country,
    string? email, string? phone, string customerGroup, decimal creditLimit, string currency, int transitDays,
    DateTimeOffset lastChange) : AggregateRoot, ITeamOwned
{
    public CustomerNumber CustomerNumber { get; private set; } = customerNumber;

    public string Name { get; private set; } = name;

    public string Street { get; private set; } = street;

    public string City { get; private set; } = city;

    public string PostalCode { get; private set; } = postalCode;

    public string Country { get; private set; } = country;

    public string? Email { get; private set; } = email;

    public string? Phone { get; private set; } = phone;

    public string CustomerGroup { get; private set; } = customerGroup;

    public decimal CreditLimit { get; private set; } = creditLimit;

    public string Currency { get; private set; } = currency;

    public int TransitDays { get; private set; } = transitDays;

    public DateTimeOffset LastChange { get; private set; } = lastChange;

    /// <summary>Number, name and city folded for search (<see cref="Common.SearchText"/>).</summary>
    public string SearchText { get; private set; } = Common.SearchText.Of(customerNumber.Value, name, city);

    /// <summary>When the ERP deleted the customer. Orders that have it keep it; nothing new can be sold with it.</summary>
    public DateTimeOffset? DeletedInErpAt { get; private set; }

    public void DeletedInErp(DateTimeOffset at) => DeletedInErpAt ??= at;

    /// <summary>The days the customer takes deliveries on; owned by the CRM, so a sync never changes it.</summary>
    public ReceivingDays ReceivingDays { get; private set; } = ReceivingDays.MondayToFriday;

    public void ReceiveOn(ReceivingDays days) => ReceivingDays = days;

    /// <summary>The customer wants its purchase order number on every order: none is confirmed without one. CRM-owned.</summary>
    public bool RequiresPurchaseOrderNumber { get; private set; }

    public void RequirePurchaseOrderNumber(bool required) => RequiresPurchaseOrderNumber = required;

    /// <summary>The sales team that works the customer; none until one takes it (see <see cref="Team.TakesNewCustomers"/>).</summary>
    public TeamId? TeamId { get; private set; }

    /// <summary>The user name of the rep (or manager) responsible for the customer.</summary>
    public string? Owner { get; private set; }

    /// <summary>A customer the ERP just sent joins the team that takes new customers, owned by its manager.</summary>
    public void JoinTeam(Team team)
    {
        if (TeamId is not null) return;
        TeamId = team.Id;
        Owner = team.ManagerUserName;
    }

    /// <summary>Hands the customer to a team and an owner in it; its open quotes and orders follow (<see cref="CustomerReassigned"/>).</summary>
    public void AssignTo(Team team, string owner)
    {
        if (!team.Includes(owner))
            throw new DomainRuleException("customer.owner_not_in_team", $"{owner} is not in team {team.Name}.", "owner");
        if (TeamId == team.Id && string.Equals(Owner, owner, StringComparison.OrdinalIgnoreCase)) return;
        var from = TeamId;
        TeamId = team.Id;
        Owner = owner;
        if (from != team.Id) Raise(new CustomerReassigned(CustomerNumber, from, team.Id));
    }

    public void Update(Customer from)
    {
        Name = from.Name;
        Street = from.Street;
        City = from.City;
        PostalCode = from.PostalCode;
        Country = from.Country;
        Email = from.Email;
        Phone = from.Phone;
        CustomerGroup = from.CustomerGroup;
        CreditLimit = from.CreditLimit;
        Currency = from.Currency;
        TransitDays = from.TransitDays;
        LastChange = from.LastChange;
        SearchText = from.SearchText;
        // The ERP sent it again, alive: it was created anew, or the deletion was undone.
        DeletedInErpAt = null;
    }
}
