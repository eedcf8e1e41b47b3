using System.Globalization;
using CsvHelper.Configuration;

namespace Crm.Api.Infrastructure;

/// <summary>How a CSV file a user uploads is read: headers in any case, cells trimmed, and a bad cell or a missing field
/// left for the import to report per row instead of stopping the file.</summary>
public static class CsvUploads
{
    public static CsvConfiguration Lenient { get; } = new(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        TrimOptions = TrimOptions.Trim,
        BadDataFound = null,
        MissingFieldFound = null,
    };
}
