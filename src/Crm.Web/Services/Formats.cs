using System.Globalization;

namespace Crm.Web.Services;

/// <summary>How the UI writes numbers: a quantity with the decimals it has (12, 2.5), never the database's scale (12.0000).</summary>
public static class Formats
{
    public static string Quantity(decimal quantity) => quantity.ToString("0.###", CultureInfo.InvariantCulture);
}
