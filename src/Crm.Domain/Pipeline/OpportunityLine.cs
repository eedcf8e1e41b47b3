using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>A product the deal is about, with the quantity and price discussed; the quote is made from these.</summary>
public sealed class OpportunityLine
{
    private OpportunityLine()
    {
        ItemNumber = "";
    }

    public OpportunityLine(int lineNumber, ItemNumber item, decimal quantity, decimal unitPrice)
    {
        if (quantity <= 0)
            throw new DomainRuleException("opportunity.line_quantity", "A line's quantity must be greater than zero.", $"lines[{lineNumber - 1}].quantity");
        if (unitPrice < 0)
            throw new DomainRuleException("opportunity.line_price", "A line's price cannot be negative.", $"lines[{lineNumber - 1}].unitPrice");
        (LineNumber, ItemNumber, Quantity, UnitPrice) = (lineNumber, item.Value, quantity, unitPrice);
    }

    public long Id { get; private set; }

    public OpportunityId OpportunityId { get; private set; }

    public int LineNumber { get; private set; }

    public string ItemNumber { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public decimal Amount => Math.Round(Quantity * UnitPrice, 2, MidpointRounding.AwayFromZero);
}
