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

    /// <summary>When the CRM first heard of the invoice (by the CRM's clock).</summary>
    public DateTimeOffset? ReceivedAt { get; private set; }

    /// <summary>When the CRM first heard that it was paid.</summary>
    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>The CRM heard of the invoice now, as the ERP sent it.</summary>
    public void Received(DateTimeOffset now) => (ReceivedAt, PaidAt) = (now, Paid ? now : null);

    public void Update(Invoice latest, DateTimeOffset now)
    {
        if (!Paid && latest.Paid) PaidAt = now;
        Amount = latest.Amount;
        Currency = latest.Currency;
        DueDate = latest.DueDate;
        Paid = latest.Paid;
        LastChange = latest.LastChange;
    }
}
