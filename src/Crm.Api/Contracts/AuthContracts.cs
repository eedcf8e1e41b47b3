using System.ComponentModel.DataAnnotations;

namespace Crm.Api.Contracts;

public sealed record LoginRequest([property: Required, EmailAddress] string? Email, [property: Required] string? Password);

public sealed record CurrentUser(string Email, IReadOnlyList<string> Roles);
