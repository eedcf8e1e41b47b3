namespace Crm.Domain.Sales;

/// <summary>The credit check at confirmation: what the customer already owes or has on order, plus this order, against
/// the credit limit (all in the customer's currency).</summary>
/// <param name="OpenOrders">Confirmed orders not yet invoiced, this one left out.</param>
/// <param name="OpenInvoices">Invoices not yet paid.</param>
public sealed record CreditCheck(decimal CreditLimit, decimal OpenOrders, decimal OpenInvoices, decimal ThisOrder, string Currency)
{
    public decimal Exposure => OpenOrders + OpenInvoices + ThisOrder;

    public bool OverLimit => Exposure > CreditLimit;

    public string Explain() =>
        $"Open orders {OpenOrders:#,##0.00} + open invoices {OpenInvoices:#,##0.00} + this order {ThisOrder:#,##0.00} = {Exposure:#,##0.00} {Currency}, "
        + (OverLimit ? "over" : "within") + $" the credit limit of {CreditLimit:#,##0.00} {Currency}.";
}
