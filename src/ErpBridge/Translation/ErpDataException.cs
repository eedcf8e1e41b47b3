namespace ErpBridge.Translation;

/// <summary>An ERP record the CRM cannot take, with the entity, the record's key, the field and the reason.</summary>
public sealed class ErpDataException(string entity, string key, string field, string reason)
    : Exception($"{entity} {key}: {field} {reason}")
{
    public string Entity { get; } = entity;

    public string Key { get; } = key;

    public string Field { get; } = field;

    public string Reason { get; } = reason;
}
