namespace Crm.Domain.Quotes;

public enum QuoteStatus { Draft, Sent, Accepted, Rejected, Expired }
