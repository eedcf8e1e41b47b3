using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using ErpMock.Model;

namespace ErpMock;

/// <summary>Writes a dataset as the flat files an ERP without an API would drop: one CSV per entity,
/// headers named as the REST fields, lists joined with ';'.</summary>
public static class CsvExport
{
    public static void Write(ErpDataset dataset, string folder)
    {
        Directory.CreateDirectory(folder);
        WriteFile(folder, "items.csv", dataset.Items);
        WriteFile(folder, "customers.csv", dataset.Customers);
        WriteFile(folder, "stock.csv", dataset.Stock);
        WriteFile(folder, "production-orders.csv", dataset.ProductionOrders);
        WriteFile(folder, "purchase-order-lines.csv", dataset.PurchaseOrderLines);
        WriteFile(folder, "calendars.csv", (dataset.Calendars ?? []).Select(c => new CalendarRow(
            c.Plant, string.Join(';', c.WeekendDays), string.Join(';', c.Holidays.Select(h => h.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            c.PickPackDays, c.LastChangeDateTime)));
    }

    private sealed record CalendarRow(string Plant, string WeekendDays, string Holidays, int PickPackDays, DateTimeOffset? LastChangeDateTime);

    private static void WriteFile<T>(string folder, string name, IEnumerable<T>? rows)
    {
        using var writer = new StreamWriter(Path.Combine(folder, name));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly>().Formats = ["yyyy-MM-dd"];
        csv.Context.TypeConverterOptionsCache.GetOptions<DateTimeOffset>().Formats = ["O"];
        csv.Context.TypeConverterOptionsCache.GetOptions<DateTimeOffset?>().Formats = ["O"];

        var map = new DefaultClassMap<T>();
        map.AutoMap(CultureInfo.InvariantCulture);
        foreach (var member in map.MemberMaps.ToList())
        {
            if (member.Data.Member?.Name == nameof(IErpEntity.Key)) map.MemberMaps.Remove(member);
            else member.Name(JsonNamingPolicyCamel(member.Data.Member!.Name));
        }
        csv.Context.RegisterClassMap(map);
        csv.WriteRecords(rows ?? []);
    }

    private static string JsonNamingPolicyCamel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
