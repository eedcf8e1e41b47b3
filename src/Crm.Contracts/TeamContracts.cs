using System.ComponentModel.DataAnnotations;

namespace Crm.Contracts;

/// <param name="Manager">The manager's email; they must have the Manager role.</param>
/// <param name="Members">The members' emails (sales reps, and anyone else who works the team's customers).</param>
/// <param name="TakesNewCustomers">Customers the ERP sends without a team join this one (at most one team does).</param>
public sealed record TeamRequest(
    [property: Required, StringLength(100)] string? Name,
    [property: Required, StringLength(256)] string? Manager,
    [property: MaxLength(500)] IReadOnlyList<string>? Members = null,
    bool TakesNewCustomers = false);

public sealed record TeamResponse(
    long Id, string Name, string Manager, IReadOnlyList<string> Members, bool TakesNewCustomers, int Customers);

/// <param name="TeamId">The team the customer moves to; its open quotes and orders move with it.</param>
/// <param name="Owner">The email of the customer's owner, a member or the manager of that team.</param>
public sealed record CustomerAssignmentRequest([property: Required] long? TeamId, [property: Required, StringLength(256)] string? Owner);

/// <param name="Role">Sales, OrderDesk, Manager, Admin or Integration.</param>
public sealed record UserRequest(
    [property: Required, EmailAddress, StringLength(256)] string? Email,
    [property: Required] string? Role,
    [property: Required, StringLength(100, MinimumLength = 8)] string? Password);

public sealed record UserRoleRequest([property: Required] string? Role);

public sealed record UserResponse(string Id, string Email, IReadOnlyList<string> Roles);

/// <summary>One audited change: who, when, which field, from what to what ("(created)" and "line" entries included).</summary>
public sealed record AuditEntryResponse(DateTimeOffset At, string By, string Field, string? OldValue, string? NewValue);
