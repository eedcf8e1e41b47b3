using System.Globalization;

namespace Crm.Web.Services;

/// <summary>The one place the UI writes dates, quantities, money and times, in the browser's culture (Blazor takes it
/// from the browser at start).</summary>
public static class Formats
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private static readonly Dictionary<string, string> CurrencySymbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EUR"] = "€", ["USD"] = "$", ["GBP"] = "£", ["CHF"] = "CHF", ["PLN"] = "zł", ["SEK"] = "kr", ["CZK"] = "Kč", ["JPY"] = "¥",
    };

    /// <summary>The date pattern the date inputs use, so that what a user types matches what they read.</summary>
    public static string DatePattern => Culture.DateTimeFormat.ShortDatePattern;

    public static string Date(DateOnly date) => date.ToString("d", Culture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    public static string DateTime(DateTimeOffset at) => at.ToLocalTime().ToString("g", Culture);

    public static string DateTime(DateTimeOffset? at) => at is { } a ? DateTime(a) : "—";

    /// <summary>A quantity with the decimals it has, at most its unit's (12, 2.5), never the database's scale (12.0000).</summary>
    public static string Quantity(decimal quantity, Unit unit) =>
        $"{Number(quantity, unit.Decimals)} {unit.Label}";

    public static string Quantity(decimal quantity) => Number(quantity, 3);

    public static string Number(decimal value, int maxDecimals) =>
        Math.Round(value, maxDecimals).ToString(maxDecimals > 0 ? "#,0." + new string('#', maxDecimals) : "#,0", Culture);

    /// <summary>Money in its currency, rounded to the cent, the symbol placed as the culture places it.</summary>
    public static string Money(decimal amount, string? currency)
    {
        var format = (NumberFormatInfo)Culture.NumberFormat.Clone();
        format.CurrencySymbol = CurrencySymbols.GetValueOrDefault(currency ?? "", currency ?? "");
        format.CurrencyDecimalDigits = 2;
        return Math.Round(amount, 2).ToString("C", format);
    }

    public static string Percent(decimal percent) => $"{Number(percent, 2)} %";

    /// <summary>"just now", "5 minutes ago", "in 3 days": for how old data is and when something happened.</summary>
    public static string Relative(DateTimeOffset at, DateTimeOffset now)
    {
        var span = now - at;
        var future = span < TimeSpan.Zero;
        span = span.Duration();
        var text = span switch
        {
            { TotalSeconds: < 45 } => null,
            { TotalMinutes: < 90 } => Plural((int)Math.Round(span.TotalMinutes), "minute"),
            { TotalHours: < 36 } => Plural((int)Math.Round(span.TotalHours), "hour"),
            _ => Plural((int)Math.Round(span.TotalDays), "day"),
        };
        return text is null ? "just now" : future ? $"in {text}" : $"{text} ago";
    }

    /// <summary>A duration such as a sync's lag: "40 s", "12 min", "3 h 5 min", "2 d".</summary>
    public static string Duration(TimeSpan? span) => span switch
    {
        null => "—",
        { TotalMinutes: < 1 } s => $"{s.Seconds} s",
        { TotalHours: < 1 } s => $"{(int)s.TotalMinutes} min",
        { TotalDays: < 1 } s => $"{(int)s.TotalHours} h {s.Minutes} min",
        { } s => $"{(int)s.TotalDays} d",
    };

    /// <summary>A file's size: "820 B", "14.2 kB", "3.1 MB".</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        < 1000 => $"{bytes} B",
        < 1_000_000 => $"{Number(bytes / 1000m, 1)} kB",
        _ => $"{Number(bytes / 1_000_000m, 1)} MB",
    };

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
