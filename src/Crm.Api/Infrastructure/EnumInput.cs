namespace Crm.Api.Infrastructure;

/// <summary>A named choice from a request (a status, a type), read by its name in any case; anything else is a 400
/// that lists the choices.</summary>
public static class EnumInput
{
    public static T Parse<T>(string? value, string field) where T : struct, Enum =>
        Optional<T>(value, field) ?? throw RequestValidationException.For(field, $"Name one of {Choices<T>()}.");

    public static T? Optional<T>(string? value, string field) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        // Names only: Enum.TryParse would also take "3" or "1,2".
        var name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is null ? throw RequestValidationException.For(field, $"'{value}' is not one of {Choices<T>()}.") : Enum.Parse<T>(name);
    }

    private static string Choices<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());
}
