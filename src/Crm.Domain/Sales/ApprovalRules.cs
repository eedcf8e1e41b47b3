namespace Crm.Domain.Sales;

/// <summary>What a user may grant without a manager: a discount up to <see cref="DiscountLimitPercent"/> off each
/// line's reference price and off the quote's total, and no net unit price below an item's floor.</summary>
/// <param name="FloorPrices">Per item number, the lowest net unit price allowed without approval.</param>
public sealed record ApprovalRules(decimal DiscountLimitPercent, IReadOnlyDictionary<string, decimal> FloorPrices)
{
    /// <summary>For a quote already approved or sent: the customer accepting it asks nobody's authority.</summary>
    public static readonly ApprovalRules AlreadyDecided = new(100, new Dictionary<string, decimal>());

    /// <summary>Why the quote needs a manager's approval under these rules; none when it does not.</summary>
    public IReadOnlyList<string> ReasonsFor(Quote quote)
    {
        var reasons = new List<string>();
        foreach (var line in quote.Lines)
        {
            var discount = line.EffectiveDiscountPercent;
            if (discount > DiscountLimitPercent)
                reasons.Add($"Line {line.LineNumber}: {discount:0.##} % off {line.ItemNumber}'s price is above the limit of {DiscountLimitPercent:0.##} %.");
            if (FloorPrices.TryGetValue(line.ItemNumber, out var floor) && line.NetUnitPrice < floor)
                reasons.Add($"Line {line.LineNumber}: the net price {line.NetUnitPrice:0.00##} is below {line.ItemNumber}'s floor of {floor:0.00##}.");
        }
        var total = quote.TotalDiscountPercent;
        if (total > DiscountLimitPercent)
            reasons.Add($"The quote's total discount of {total:0.##} % is above the limit of {DiscountLimitPercent:0.##} %.");
        return reasons;
    }
}
