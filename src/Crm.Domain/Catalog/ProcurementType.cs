namespace Crm.Domain.Catalog;

public enum ProcurementType { Make, Buy }
