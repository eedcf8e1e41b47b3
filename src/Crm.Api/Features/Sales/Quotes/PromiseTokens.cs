using System.Globalization;
using System.Text;
using Crm.Domain.Sales;
using Microsoft.AspNetCore.WebUtilities;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>The dates a buyer was shown, per line of one quote version, as a token they send back when accepting: the
/// server compares what it can promise then with what the token says they saw. It carries no secret: a made-up token
/// only asks for dates the server checks all the same.</summary>
public static class PromiseTokens
{
    public static string Encode(int version, IReadOnlyDictionary<int, IReadOnlyList<PromisedDelivery>> lines)
    {
        var text = $"v{version};" + string.Join("|", lines.OrderBy(l => l.Key).Select(l =>
            $"{l.Key}:" + string.Join("+", l.Value.Select(d => $"{d.Quantity.ToString(CultureInfo.InvariantCulture)}@{d.DeliveryDate:yyyy-MM-dd}"))));
        return WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>What the token says the buyer saw, or none when it is not a token of this version.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<PromisedDelivery>>? Decode(string token, int version)
    {
        try
        {
            var text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
            var parts = text.Split(';', 2);
            if (parts.Length != 2 || parts[0] != $"v{version}") return null;
            var lines = new Dictionary<int, IReadOnlyList<PromisedDelivery>>();
            foreach (var line in parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var (number, deliveries) = (line[..line.IndexOf(':')], line[(line.IndexOf(':') + 1)..]);
                lines[int.Parse(number, CultureInfo.InvariantCulture)] = [.. deliveries.Split('+', StringSplitOptions.RemoveEmptyEntries).Select(d =>
                {
                    var at = d.IndexOf('@');
                    return new PromisedDelivery(decimal.Parse(d[..at], CultureInfo.InvariantCulture), DateOnly.ParseExact(d[(at + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture));
                })];
            }
            return lines;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Whether what can be promised now keeps what the buyer saw: by every date they saw, at least as much
    /// arrives by that date plus the tolerance.</summary>
    public static bool Kept(IReadOnlyList<PromisedDelivery> seen, IReadOnlyList<PromisedDelivery> now, int toleranceDays) =>
        seen.All(s =>
        {
            var promisedBy = seen.Where(x => x.DeliveryDate <= s.DeliveryDate).Sum(x => x.Quantity);
            return now.Where(n => n.DeliveryDate <= s.DeliveryDate.AddDays(toleranceDays)).Sum(n => n.Quantity) >= promisedBy;
        });
}
