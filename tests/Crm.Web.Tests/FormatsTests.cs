using System.Globalization;
using Crm.Web.Services;

namespace Crm.Web.Tests;

/// <summary>The one formatter, in the cultures browsers give the app.</summary>
public sealed class FormatsTests
{
    [Theory]
    [InlineData("en-GB", "05/03/2027", "1,234.5 kg", "12 pcs", "€1,234.50")]
    [InlineData("de-DE", "05.03.2027", "1.234,5 kg", "12 pcs", "1.234,50 €")]
    [InlineData("en-US", "3/5/2027", "1,234.5 kg", "12 pcs", "€1,234.50")]
    public void Dates_quantities_and_money_follow_the_culture_and_the_unit(string culture, string date, string kilos, string pieces, string money)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            Assert.Equal(date, Formats.Date(new DateOnly(2027, 3, 5)));
            Assert.Equal(kilos, Formats.Quantity(1234.5000m, Unit.Of("KG")));
            Assert.Equal(pieces, Formats.Quantity(12.0000m, Unit.Of("PC")));
            Assert.Equal(money, Formats.Money(1234.5m, "EUR").Replace('\u00a0', ' '));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(20, "just now")]
    [InlineData(60 * 5, "5 minutes ago")]
    [InlineData(60 * 60 * 3, "3 hours ago")]
    [InlineData(60 * 60 * 24 * 2, "2 days ago")]
    [InlineData(-60 * 60 * 24 * 2, "in 2 days")]
    public void Relative_times_read_as_people_say_them(int secondsAgo, string expected) =>
        Assert.Equal(expected, Formats.Relative(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero).AddSeconds(-secondsAgo), new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void An_unknown_unit_keeps_its_code_and_up_to_three_decimals() =>
        Assert.Equal("2.125 box", Formats.Quantity(2.1250m, Unit.Of("BOX")));
}
