using Crm.Domain.Common;

namespace Crm.Domain.Service;

/// <summary>Someone wrote on a case: the desk's public answers go to the customer, the customer's to the owner.</summary>
public sealed record CaseCommented(ServiceCase Case, CaseComment Comment) : DomainEvent;
