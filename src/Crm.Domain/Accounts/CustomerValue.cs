namespace Crm.Domain.Accounts;

/// <summary>What an account bought in the period segmentation looks at.</summary>
public sealed record CustomerValue(AccountId Account, decimal Revenue, int Invoices, DateOnly? LastInvoiceOn);
