using ErpBridge.Sync;

namespace Crm.Api.Features.Integration;

/// <summary>A record from the ERP the CRM could not take, on the report until the ERP sends the same key again and it is
/// taken.</summary>
public sealed class ErpRejection
{
    private ErpRejection()
    {
        Entity = Source = Key = Field = Reason = "";
    }

    public ErpRejection(RejectedRecord record, DateTimeOffset now)
    {
        Entity = record.Entity.ToString();
        Source = Cut(record.Source, 300);
        Line = record.Line;
        Key = Cut(record.Key, 200);
        Field = Cut(record.Field, 100);
        Reason = Cut(record.Reason, 1000);
        RejectedAt = now;
    }

    public long Id { get; private set; }

    public string Entity { get; private set; }

    /// <summary>The export file, or the REST resource, the record came from.</summary>
    public string Source { get; private set; }

    public long? Line { get; private set; }

    public string Key { get; private set; }

    public string Field { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset RejectedAt { get; private set; }

    /// <summary>An ERP may send anything; the report keeps what fits and says it was cut.</summary>
    public static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
