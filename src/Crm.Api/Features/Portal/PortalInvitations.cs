using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Mail;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Portal;

/// <summary>Portal access for a customer's contact: an invitation by mail with a one-time link (Identity's password
/// reset token), with which the person sets a password and from then on signs in like everyone else. Inviting again
/// sends a new link and restores revoked access.</summary>
public sealed class PortalInvitations(CrmDbContext db, UserManager<IdentityUser> users, MailKick mail, PublicLinks links, UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<PortalInvitationResponse> InviteAsync(long accountId, long contactId, Viewer viewer, CancellationToken ct)
    {
        var (account, contact) = (new AccountId(accountId), new ContactId(contactId));
        if (!await db.Accounts.VisibleTo(viewer, db.Teams).AnyAsync(a => a.Id == account, ct)) throw new NotFoundException("Account", accountId);
        var person = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contact && c.AccountId == account, ct)
            ?? throw new NotFoundException("Contact", contactId);
        if (person.Email is not { } email)
            throw RequestValidationException.For("email", $"{person.FirstName} {person.LastName} has no email address to send the invitation to.");

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            Check(await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, Roles.Customer));
        }
        else if (!await users.IsInRoleAsync(user, Roles.Customer))
            throw new DomainRuleException("portal.staff_address", $"{email} signs in as one of the company's own users; a customer needs an address of their own.");

        var now = time.GetUtcNow();
        var access = await db.PortalUsers.FirstOrDefaultAsync(u => u.UserName == email, ct);
        if (access is null) db.PortalUsers.Add(access = new PortalUser(email, account, contact, viewer.UserName, now));
        else if (access.ContactId != contact)
            throw new DomainRuleException("portal.address_taken", $"{email} already has portal access as another contact.");
        else access.Invited(viewer.UserName, now);

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.To($"/portal/welcome?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}");
        db.OutgoingEmails.Add(new OutgoingEmail(email, "Your access to our customer portal",
            $"Hello {person.FirstName} {person.LastName},\n\nyou can now follow your orders, deliveries, invoices and service cases in our customer portal.\n" +
            $"Set your password here (the link works once):\n\n{link}\n\nAfterwards you sign in with {email} and that password.", now));
        await unitOfWork.SaveAsync(ct);
        mail.Soon();
        return new PortalInvitationResponse(email, access.InvitedAt, access.ActivatedAt);
    }

    public async Task AcceptAsync(PortalInvitationAcceptance acceptance, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(acceptance.Email!);
        var access = user is null ? null : await db.PortalUsers.FirstOrDefaultAsync(u => u.UserName == user.UserName && u.RevokedAt == null, ct);
        // One answer for an unknown address and a wrong or used token: nothing tells a stranger which addresses are invited.
        if (user is null || access is null || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider,
                UserManager<IdentityUser>.ResetPasswordTokenPurpose, acceptance.Token!))
            throw RequestValidationException.For("token", "This invitation link is not valid (any more); ask for a new one.");
        var result = await users.ResetPasswordAsync(user, acceptance.Token!, acceptance.Password!);
        if (!result.Succeeded) throw RequestValidationException.For("password", string.Join(" ", result.Errors.Select(e => e.Description)));
        access.Activated(time.GetUtcNow());
        await unitOfWork.SaveAsync(ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw RequestValidationException.For("email", string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
