namespace Crm.Domain.Common;

/// <summary>A business rule was broken. <see cref="Code"/> is machine-readable and stable.</summary>
public sealed class DomainRuleException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>The input field the rule is about, when there is one.</summary>
    public string? Field { get; } = field;
}
