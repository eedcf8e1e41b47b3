using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Access;

/// <summary>Admins list users, add them with one role, and change a user's role.</summary>
public sealed class UserAdministration(CrmDbContext db, UserManager<IdentityUser> users)
{
    public Task<PagedResult<UserResponse>> ListAsync(string? search, string? role, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = SearchPattern.Containing(search.Trim().ToUpperInvariant());
            query = query.Where(u => EF.Functions.Like(u.NormalizedEmail!, pattern, SearchPattern.Escape));
        }
        if (!string.IsNullOrWhiteSpace(role))
        {
            var wanted = KnownRole(role, "role");
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == wanted)));
        }
        return Project(query.OrderBy(u => u.Email)).PageAsync(page, pageSize, ct);
    }

    public async Task<UserResponse> CreateAsync(UserRequest request, CancellationToken ct)
    {
        var role = KnownRole(request.Role!, "role");
        var email = request.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null) throw RequestValidationException.For("email", $"There is already a user {email}.");
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Check(await users.CreateAsync(user, request.Password!), "password");
        Check(await users.AddToRoleAsync(user, role), "role");
        return await GetAsync(user.Id, ct);
    }

    public async Task<UserResponse> ChangeRoleAsync(string id, UserRoleRequest request, CancellationToken ct)
    {
        var role = KnownRole(request.Role!, "role");
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException("User", id);
        Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)), "role");
        Check(await users.AddToRoleAsync(user, role), "role");
        // A new stamp ends the user's sessions, so the old role's cookie stops working at once.
        await users.UpdateSecurityStampAsync(user);
        return await GetAsync(id, ct);
    }

    private Task<UserResponse> GetAsync(string id, CancellationToken ct) => Project(db.Users.AsNoTracking().Where(u => u.Id == id)).FirstAsync(ct);

    private IQueryable<UserResponse> Project(IQueryable<IdentityUser> query) =>
        query.Select(u => new UserResponse(u.Id, u.Email!, db.UserRoles.Where(ur => ur.UserId == u.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).OrderBy(n => n).ToList()));

    /// <summary>A role an admin gives. Customers are not made here: a contact is invited to the portal, which ties
    /// the user to that contact's account.</summary>
    private static string KnownRole(string role, string field) =>
        Staff.FirstOrDefault(r => string.Equals(r, role.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw RequestValidationException.For(field, string.Equals(role.Trim(), Roles.Customer, StringComparison.OrdinalIgnoreCase)
            ? "Customers get portal access by an invitation from their contact (POST /api/accounts/{id}/contacts/{contactId}/portal-invitation)."
            : $"A role is one of {string.Join(", ", Staff)}.");

    private static readonly string[] Staff = [.. Roles.All.Where(r => r != Roles.Customer)];

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded) throw RequestValidationException.For(field, string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
