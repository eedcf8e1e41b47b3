using Crm.Domain.Accounts;
using Crm.Domain.Common;

namespace Crm.Domain.Tests;

/// <summary>What the duplicate check compares: names without legal forms, VAT ids without country prefix, email domains.</summary>
public sealed class DuplicateKeyTests
{
    [Theory]
    [InlineData("Nordwerk Maschinenbau GmbH", "nordwerk maschinenbau")]
    [InlineData("NORDWERK MASCHINENBAU AG", "nordwerk maschinenbau")]
    [InlineData("Nordwerk Maschinenbau GmbH & Co. KG", "nordwerk maschinenbau")]
    [InlineData("Fabryka Śrub Sp. z o.o.", "fabryka srub")]
    [InlineData("Großhandel Süd S.p.A.", "grosshandel sud")]
    [InlineData("Van Dijk Techniek B.V.", "van dijk techniek")]
    [InlineData("Acme Ltd.", "acme")]
    [InlineData("AG", "ag")]
    [InlineData("  ", "")]
    public void A_company_name_is_compared_without_legal_form_case_or_accents(string name, string key) =>
        Assert.Equal(key, CompanyNameKey.Of(name));

    [Theory]
    [InlineData("DE 123.456.789", "DE123456789", "123456789")]
    [InlineData("123456789", "123456789", "123456789")]
    [InlineData("pl 526-000-12-46", "PL5260001246", "5260001246")]
    public void A_VAT_id_is_kept_compact_and_compared_without_its_country_prefix(string typed, string value, string key)
    {
        var vat = new VatId(typed);
        Assert.Equal((value, key), (vat.Value, vat.Key));
    }

    [Theory]
    [InlineData("!!")]
    [InlineData("DE")]
    [InlineData("DE12345678901234567890")]
    public void A_VAT_id_that_cannot_be_one_is_refused_naming_the_field(string typed) =>
        Assert.Equal("vatId", Assert.Throws<DomainRuleException>(() => new VatId(typed)).Field);

    [Fact]
    public void Company_keys_hold_the_address_and_leave_out_free_mail_domains_and_short_words()
    {
        var keys = MatchKeys.ForCompany("Nordwerk AG", null, new PhoneNumber("+497111234567"), new EmailAddress("Info@Nordwerk.DE")).ToList();
        var freeMail = MatchKeys.ForCompany("Nordwerk AG", null, null, new EmailAddress("nordwerk@gmail.com")).ToList();

        Assert.Equal([("name", "nordwerk"), ("prefix", "nord"), ("word", "nordwerk"), ("phone", "+497111234567"), ("email", "info@nordwerk.de"), ("domain", "nordwerk.de")], keys);
        Assert.Equal(("email", "nordwerk@gmail.com"), Assert.Single(freeMail, k => k.Kind is MatchKeys.Email or MatchKeys.Domain));
    }

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("a@b")]
    [InlineData("two words@example.com")]
    public void An_email_address_that_cannot_be_one_is_refused(string typed) =>
        Assert.Equal("email", Assert.Throws<DomainRuleException>(() => new EmailAddress(typed)).Field);
}

/// <summary>A contact's details are checked as they are entered.</summary>
public sealed class PersonDetailsTests
{
    [Theory]
    [InlineData("  ", "de", "lastName")]
    [InlineData("Kowalski", "pol", "language")]
    [InlineData("Kowalski", "p1", "language")]
    public void A_person_without_a_last_name_or_with_an_unknown_language_is_refused(string lastName, string language, string field) =>
        Assert.Equal(field, Assert.Throws<DomainRuleException>(() => new PersonDetails("Jan", lastName, null, null, null, null, language)).Field);

    [Fact]
    public void Names_are_trimmed_and_the_language_kept_in_lower_case()
    {
        var person = new PersonDetails("  Jan ", " Kowalski ", "  ", null, null, null, "PL");
        Assert.Equal(("Jan", "Kowalski", null, "pl"), (person.FirstName, person.LastName, person.JobTitle, person.Language));
    }
}
