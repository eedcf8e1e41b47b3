using Crm.Domain.Accounts;
using Crm.Domain.Common;

namespace Crm.Domain.Sales;

/// <summary>What a B2B quote carries besides its lines: whom it is addressed to, how it is paid, where the goods pass
/// to the buyer (an Incoterms rule and its named place), a discount on the whole quote, and the texts above and below
/// the lines.</summary>
public sealed record QuoteTerms
{
    public const int MaxTextLength = 4000;
    public const int MaxPaymentTermsLength = 200;
    public const int MaxPlaceLength = 100;

    public static readonly QuoteTerms None = new(null, null, null, null, 0, null, null);

    public QuoteTerms(
        ContactId? contact, string? paymentTerms, Incoterms? incoterms, string? incotermsPlace, decimal headerDiscountPercent,
        string? introText, string? closingText)
    {
        if (headerDiscountPercent is < 0 or > 100)
            throw new DomainRuleException("discount.range", "A discount is 0 to 100 percent.", "headerDiscountPercent");
        incotermsPlace = Trimmed(incotermsPlace, MaxPlaceLength, "incotermsPlace");
        if (incoterms is not null && incotermsPlace is null)
            throw new DomainRuleException("incoterms.place_missing", $"{incoterms} needs its named place (for example \"{incoterms} Hamburg\").", "incotermsPlace");
        if (incoterms is null && incotermsPlace is not null)
            throw new DomainRuleException("incoterms.rule_missing", "A named place needs its Incoterms rule (for example FCA).", "incoterms");
        Contact = contact;
        PaymentTerms = Trimmed(paymentTerms, MaxPaymentTermsLength, "paymentTerms");
        Incoterms = incoterms;
        IncotermsPlace = incotermsPlace;
        HeaderDiscountPercent = headerDiscountPercent;
        IntroText = Trimmed(introText, MaxTextLength, "introText");
        ClosingText = Trimmed(closingText, MaxTextLength, "closingText");
    }

    /// <summary>The customer's person the quote is addressed to and sent to by default.</summary>
    public ContactId? Contact { get; }

    public string? PaymentTerms { get; }

    public Incoterms? Incoterms { get; }

    public string? IncotermsPlace { get; }

    /// <summary>Off every line, on top of the line's own discount.</summary>
    public decimal HeaderDiscountPercent { get; }

    public string? IntroText { get; }

    public string? ClosingText { get; }

    private static string? Trimmed(string? text, int maxLength, string field)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        return text.Length <= maxLength
            ? text
            : throw new DomainRuleException("text.too_long", $"At most {maxLength} characters.", field);
    }
}
