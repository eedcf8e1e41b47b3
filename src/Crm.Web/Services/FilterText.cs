namespace Crm.Web.Services;

/// <summary>What a user typed into a filter box: trimmed, and nothing when only blanks, so that an empty box filters
/// nothing out and leaves no empty parameter in an address.</summary>
public static class FilterText
{
    public static string? Normalized(string? typed) => string.IsNullOrWhiteSpace(typed) ? null : typed.Trim();
}
