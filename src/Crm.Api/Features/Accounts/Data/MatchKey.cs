namespace Crm.Api.Features.Accounts;

/// <summary>One blocking key of an account, contact or lead (see <see cref="Crm.Domain.Accounts.MatchKeys"/>): the
/// duplicate check reads the records that share a key with what is being entered, and scores only those.</summary>
public sealed class MatchKey
{
    public const int MaxValueLength = 200;

    public long Id { get; private set; }

    public string RecordType { get; private set; } = "";

    public long RecordId { get; private set; }

    public string Kind { get; private set; } = "";

    public string Value { get; private set; } = "";

    public static MatchKey For(string recordType, long recordId, string kind, string value) =>
        new() { RecordType = recordType, RecordId = recordId, Kind = kind, Value = value.Length <= MaxValueLength ? value : value[..MaxValueLength] };
}
