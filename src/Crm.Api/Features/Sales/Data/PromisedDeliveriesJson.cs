using System.Text.Json;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Api.Features.Sales;

/// <summary>A quote line's promised deliveries as one JSON column, the same text on every provider.</summary>
internal static class PromisedDeliveriesJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static readonly ValueConverter<List<PromisedDelivery>, string> Converter = new(
        deliveries => JsonSerializer.Serialize(deliveries, Options),
        json => JsonSerializer.Deserialize<List<PromisedDelivery>>(json, Options) ?? new List<PromisedDelivery>());

    public static readonly ValueComparer<List<PromisedDelivery>> Comparer = new(
        (a, b) => a!.SequenceEqual(b!),
        deliveries => deliveries.Aggregate(0, (hash, d) => HashCode.Combine(hash, d)),
        deliveries => deliveries.ToList());
}
