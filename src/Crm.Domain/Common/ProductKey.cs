namespace Crm.Domain.Common;

/// <summary>One product at one plant: the unit that supply, demand and promising are kept per.</summary>
public readonly record struct ProductKey(string ItemNumber, string Plant)
{
    public override string ToString() => $"{ItemNumber}@{Plant}";
}
