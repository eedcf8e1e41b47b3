namespace Crm.Api.Infrastructure;

/// <summary>The user sees the record but their role or place does not allow this action on it.</summary>
public sealed class ForbiddenException(string message, string code = "access.denied") : Exception(message)
{
    public string Code { get; } = code;
}
