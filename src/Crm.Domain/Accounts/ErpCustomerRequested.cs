using Crm.Domain.Common;

namespace Crm.Domain.Accounts;

/// <summary>A prospect is to become an ERP customer: the ERP is asked to create it, under <see cref="Account.ErpReference"/>.</summary>
public sealed record ErpCustomerRequested(Account Account) : DomainEvent;
