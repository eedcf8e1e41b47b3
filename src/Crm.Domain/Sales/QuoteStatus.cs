namespace Crm.Domain.Sales;

public enum QuoteStatus { Draft, Sent, Accepted, Rejected, Expired }
