namespace ErpBridge.Sync;

/// <summary>A record the CRM could not take: where it came from (the export file and its line, or the REST resource),
/// the record's key, the field at fault and why. It stays on the report until a record with the same key is taken.</summary>
public sealed record RejectedRecord(ErpEntity Entity, string Source, long? Line, string Key, string Field, string Reason);
