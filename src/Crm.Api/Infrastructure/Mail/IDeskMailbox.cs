namespace Crm.Api.Infrastructure.Mail;

/// <summary>Takes a mail sent to the desk's address (<c>Mail:From</c>), as message/rfc822.</summary>
public interface IDeskMailbox
{
    Task DeliverAsync(Stream message, CancellationToken ct);
}
