namespace Crm.Domain.Supply;

public enum ProductionOrderStatus { Planned, Firm, Released, Completed, Cancelled }
