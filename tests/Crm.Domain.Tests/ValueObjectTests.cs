using Crm.Domain.Catalog;
using Crm.Domain.Common;

namespace Crm.Domain.Tests;

/// <summary>The small validated values the rest of the domain relies on.</summary>
public sealed class ValueObjectTests
{
    [Theory]
    [InlineData("PC", "12", true)]
    [InlineData("PC", "12.0", true)]
    [InlineData("PC", "1.5", false)]
    [InlineData("pc", "0.001", false)]
    [InlineData("KG", "1.125", true)]
    [InlineData("KG", "1.1255", false)]
    [InlineData("M", "2.5", true)]
    public void A_quantity_has_no_more_decimals_than_its_unit_allows(string unit, string quantity, bool allowed)
    {
        var value = decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture);

        var error = Record.Exception(() => new UnitOfMeasure(unit).Quantity(value, "lines[0].quantity"));

        Assert.Equal(allowed, error is null);
        if (error is DomainRuleException rule) Assert.Equal(("quantity.unit_decimals", "lines[0].quantity"), (rule.Code, rule.Field));
    }

    [Fact]
    public void A_quantity_with_more_decimals_than_anything_is_kept_with_is_refused_whatever_the_unit()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Quantity(1.2345678901234567890m));

        Assert.Equal("quantity.too_precise", error.Code);
    }

    [Theory]
    [InlineData("Kraków", "krakow")]
    [InlineData("Nordwerk Maschinenbau GmbH", "nordwerk maschinenbau gmbh")]
    [InlineData("Großhandel Süd", "grosshandel sud")]
    [InlineData("Łódź Stal", "lodz stal")]
    [InlineData("  ÉCOLE  ", "ecole")]
    [InlineData(null, "")]
    public void Search_text_ignores_case_and_accents(string? text, string folded) =>
        Assert.Equal(folded, SearchText.Fold(text));

    [Fact]
    public void Receiving_days_move_a_date_to_the_next_or_the_last_day_the_customer_receives()
    {
        var days = new ReceivingDays([DayOfWeek.Tuesday, DayOfWeek.Thursday]);
        var saturday = new DateOnly(2027, 3, 20);

        Assert.Equal((new DateOnly(2027, 3, 23), new DateOnly(2027, 3, 18)), (days.NextOnOrAfter(saturday), days.LastOnOrBefore(saturday)));
        Assert.Equal(days, ReceivingDays.FromMask(days.Mask));
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], days.Days);
        Assert.Equal("receiving_days.none", Assert.Throws<DomainRuleException>(() => new ReceivingDays([])).Code);
    }

    [Theory]
    [InlineData(" C-1 ", "C-1")]
    [InlineData(" ", null)]
    [InlineData(null, null)]
    [InlineData("0123456789012345678901234567890123456789X", null)]
    public void A_customer_number_read_leniently_is_trimmed_or_nothing(string? text, string? expected)
    {
        var number = CustomerNumber.TryFrom(text);

        Assert.Equal(expected, number?.Value);
        if (expected is null && text is not null)
            Assert.Equal("customer.invalid", Assert.Throws<DomainRuleException>(() => new CustomerNumber(text)).Code);
    }
}
