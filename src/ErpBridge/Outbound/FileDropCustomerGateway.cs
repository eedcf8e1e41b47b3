using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ErpBridge.Outbound;

/// <summary>Writes a customer to create as a CSV file for an ERP that reads files: whole or not at all, named by the
/// idempotency key so a retry never drops a second one. The number comes back with the next customer export, in the
/// row whose externalReference is the CRM's.</summary>
internal sealed class FileDropCustomerGateway(ErpOptions options) : IErpCustomerGateway
{
    public async Task<string?> CreateAsync(NewErpCustomer customer, string idempotencyKey, CancellationToken ct)
    {
        Directory.CreateDirectory(options.OutboundFolder);
        var target = Path.Combine(options.OutboundFolder, $"customer-create-{idempotencyKey}.csv");
        if (File.Exists(target)) return null;
        var temporary = target + ".tmp";
        await using (var writer = new StreamWriter(temporary))
        await using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            await csv.WriteRecordsAsync([new
            {
                externalReference = customer.ExternalReference, name = customer.Name, street = customer.Street, city = customer.City,
                postalCode = customer.PostalCode, country = customer.Country, email = customer.Email, phone = customer.Phone,
                vatId = customer.VatId, currency = customer.Currency,
            }], ct);
        }
        File.Move(temporary, target, overwrite: true);
        return null;
    }
}
