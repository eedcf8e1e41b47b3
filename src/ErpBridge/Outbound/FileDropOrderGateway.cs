using CsvHelper.Configuration;
using System.Globalization;
using CsvHelper;

namespace ErpBridge.Outbound;

/// <summary>Writes a commitment as a CSV file for an ERP that reads files. The file appears whole or not at
/// all (written to a temporary name, then renamed), and its name is the idempotency key, so a retry never
/// drops a second order or applies a change twice.</summary>
internal sealed class FileDropOrderGateway(ErpOptions options) : IErpOrderGateway
{
    private const string CreatePrefix = "sales-order-", ChangePrefix = "sales-order-change-", Extension = ".csv";

    public async Task<string?> PushAsync(OrderCommitment commitment, string idempotencyKey, CancellationToken ct)
    {
        await WriteAsync($"{CreatePrefix}{idempotencyKey}{Extension}", commitment, "create", ct);
        return null;
    }

    public Task ChangeAsync(OrderCommitment commitment, string idempotencyKey, CancellationToken ct) =>
        WriteAsync($"{ChangePrefix}{idempotencyKey}{Extension}", commitment, commitment.Cancelled ? "cancel" : "change", ct);

    /// <summary>The idempotency key a commitment file was written under, read back from its name; null for a name the
    /// CRM never writes.</summary>
    public static string? KeyOf(string fileName)
    {
        var name = Path.GetFileName(fileName.Trim());
        if (!name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)) return null;
        var stem = name[..^Extension.Length];
        var key = stem.StartsWith(ChangePrefix, StringComparison.OrdinalIgnoreCase) ? stem[ChangePrefix.Length..]
            : stem.StartsWith(CreatePrefix, StringComparison.OrdinalIgnoreCase) ? stem[CreatePrefix.Length..]
            : null;
        return string.IsNullOrEmpty(key) ? null : key;
    }

    private async Task WriteAsync(string fileName, OrderCommitment commitment, string action, CancellationToken ct)
    {
        Directory.CreateDirectory(options.OutboundFolder);
        var target = Path.Combine(options.OutboundFolder, fileName);
        if (File.Exists(target)) return;

        var temporary = target + ".tmp";
        await using (var writer = new StreamWriter(temporary))
        // A cell that starts with =, +, - or @ is written as text: whoever opens the file in a spreadsheet runs no formula.
        await using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly?>().Formats = ["yyyy-MM-dd"];
            csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly>().Formats = ["yyyy-MM-dd"];
            await csv.WriteRecordsAsync(
                commitment.Lines.SelectMany(l => l.ScheduleLines.DefaultIfEmpty().Select(s => new
                {
                    action,
                    externalReference = commitment.OrderNumber,
                    customerNumber = commitment.CustomerNumber,
                    requestedDeliveryDate = commitment.RequestedDeliveryDate,
                    lineNumber = l.LineNumber,
                    itemNumber = l.ItemNumber,
                    plant = l.Plant,
                    quantity = l.Quantity,
                    cancelled = l.Cancelled || commitment.Cancelled,
                    confirmedQuantity = s?.Quantity ?? 0m,
                    materialAvailabilityDate = s?.MaterialAvailabilityDate,
                    shipDate = s?.ShipDate,
                    deliveryDate = s?.DeliveryDate,
                    // Added later, so at the end: a reader that takes columns by position still finds the others.
                    customerReference = commitment.CustomerReference,
                    currency = commitment.Currency,
                    unitPrice = l.UnitPrice,
                    discountPercent = l.DiscountPercent,
                })), ct);
        }
        File.Move(temporary, target, overwrite: true);
    }
}
