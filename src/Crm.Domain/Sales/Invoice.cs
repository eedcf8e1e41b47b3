namespace Crm.Domain.Sales;

/// <summary>The ERP's invoice for one of our orders, as last synced.</summary>
public sealed class Invoice(
    string invoiceNumber, string orderNumber, decimal amount, string currency, DateOnly dueDate, bool paid, DateTimeOffset lastChange)
{
    public string InvoiceNumber { get; private set; } = invoiceNumber;

    /// <summary>Our order number: the ERP's external reference.</summary>
    public string OrderNumber { get; private set; } = orderNumber;

    public decimal Amount { get; private set; } = amount;

    public string Currency { get; private set; } = currency;

    public DateOnly DueDate { get; private set; } = dueDate;

    public bool Paid { get; private set; } = paid;

    public DateTimeOffset LastChange { get; private set; } = lastChange;

    public void Update(Invoice latest)
    {
        Amount = latest.Amount;
        Currency = latest.Currency;
        DueDate = latest.DueDate;
        Paid = latest.Paid;
        LastChange = latest.LastChange;
    }
}
