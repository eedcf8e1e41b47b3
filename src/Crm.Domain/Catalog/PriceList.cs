using Crm.Domain.Common;

namespace Crm.Domain.Catalog;

/// <summary>Prices for one customer, one customer group or everyone, in one currency, valid for a period, with volume
/// breaks per item.</summary>
public sealed class PriceList : AggregateRoot
{
    public const int MaxNameLength = 100;
    public const int MaxGroupLength = 20;

    private readonly List<PriceBreak> _lines = [];

    private PriceList()
    {
        Name = Currency = "";
    }

    public PriceListId Id { get; private set; }

    public string Name { get; private set; }

    public string Currency { get; private set; }

    /// <summary>The one customer the list is for, or null.</summary>
    public CustomerNumber? CustomerNumber { get; private set; }

    /// <summary>The ERP customer group the list is for, or null.</summary>
    public string? CustomerGroup { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>The last day the list is valid; open-ended when null.</summary>
    public DateOnly? ValidTo { get; private set; }

    public IReadOnlyList<PriceBreak> Lines => _lines;

    /// <summary>How specific the list is: a customer's list wins over its group's, which wins over everyone's.</summary>
    public PriceSource Scope =>
        CustomerNumber is not null ? PriceSource.CustomerPriceList
        : CustomerGroup is not null ? PriceSource.GroupPriceList
        : PriceSource.GeneralPriceList;

    public static PriceList Create(
        string name, string currency, CustomerNumber? customer, string? customerGroup, DateOnly validFrom, DateOnly? validTo,
        IReadOnlyList<PriceBreakInput> lines)
    {
        var list = new PriceList();
        list.Change(name, currency, customer, customerGroup, validFrom, validTo, lines);
        return list;
    }

    /// <summary>Replaces the terms and every line.</summary>
    public void Change(
        string name, string currency, CustomerNumber? customer, string? customerGroup, DateOnly validFrom, DateOnly? validTo,
        IReadOnlyList<PriceBreakInput> lines)
    {
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength)
            throw new DomainRuleException("price_list.name", $"A price list needs a name of 1 to {MaxNameLength} characters.", "name");
        currency = currency.Trim().ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
            throw new DomainRuleException("price_list.currency", "A currency is a three-letter ISO code such as EUR.", "currency");
        customerGroup = string.IsNullOrWhiteSpace(customerGroup) ? null : customerGroup.Trim();
        if (customer is not null && customerGroup is not null)
            throw new DomainRuleException("price_list.scope", "A price list is for one customer or one customer group, not both.", "customerGroup");
        if (customerGroup is { Length: > MaxGroupLength })
            throw new DomainRuleException("price_list.group", $"A customer group has at most {MaxGroupLength} characters.", "customerGroup");
        if (validTo is { } to && to < validFrom)
            throw new DomainRuleException("price_list.validity", "A price list cannot end before it starts.", "validTo");
        var checkedLines = lines.Select((l, i) => Checked(l, $"lines[{i}]")).ToList();
        var twice = checkedLines.Select((l, i) => (l, i)).GroupBy(x => (x.l.ItemNumber, x.l.MinQuantity)).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new DomainRuleException("price_list.duplicate_break", $"{twice.Key.ItemNumber} has two prices from quantity {twice.Key.MinQuantity}.",
                $"lines[{twice.Skip(1).First().i}].minQuantity");

        (Name, Currency, CustomerNumber, CustomerGroup, ValidFrom, ValidTo) = (name, currency, customer, customerGroup, validFrom, validTo);
        _lines.Clear();
        _lines.AddRange(checkedLines.Select(l => new PriceBreak(l.ItemNumber, l.MinQuantity, l.UnitPrice)));
    }

    /// <summary>Adds lines, or reprices the ones for the same item and quantity (an import).</summary>
    public void Merge(IReadOnlyList<PriceBreakInput> lines)
    {
        var checkedLines = lines.Select((l, i) => Checked(l, $"lines[{i}]")).ToList();
        foreach (var line in checkedLines)
        {
            var existing = _lines.FirstOrDefault(b => b.ItemNumber == line.ItemNumber && b.MinQuantity == line.MinQuantity);
            if (existing is null) _lines.Add(new PriceBreak(line.ItemNumber, line.MinQuantity, line.UnitPrice));
            else existing.Reprice(line.UnitPrice);
        }
    }

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    /// <summary>The list's price for the quantity: the break with the highest minimum at or below it, if any.</summary>
    public decimal? PriceFor(string itemNumber, decimal quantity) =>
        _lines.Where(b => b.ItemNumber == itemNumber && b.MinQuantity <= quantity).MaxBy(b => b.MinQuantity)?.UnitPrice;

    /// <summary>A line's fields, checked; the field names are the line's own (lines[3].unitPrice).</summary>
    public static PriceBreakInput Checked(PriceBreakInput line, string field)
    {
        var item = ItemNumber.TryFrom(line.ItemNumber)
            ?? throw new DomainRuleException("price_list.item", "An item number is required.", $"{field}.itemNumber");
        if (line.MinQuantity < 0)
            throw new DomainRuleException("price_list.min_quantity", "A minimum quantity is zero or more.", $"{field}.minQuantity");
        if (line.UnitPrice < 0)
            throw new DomainRuleException("price.negative", "A unit price cannot be negative.", $"{field}.unitPrice");
        return line with { ItemNumber = item.Value };
    }
}
