using Crm.Api.Persistence;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Crm.Api.Infrastructure.Mail;

/// <summary>Sends the mails that are due over SMTP with MailKit, one connection per run. A batch is claimed for a
/// lease first, so two nodes never send the same mail at once. A mail never tried is due whatever the node's clock
/// says; the clock only spaces out the retries.</summary>
public sealed class MailDispatcher(CrmDbContext db, MailOptions options, TimeProvider time, ILogger<MailDispatcher> log)
{
    private const int BatchSize = 50;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public async Task<int> SendAsync(CancellationToken ct)
    {
        if (options.Host is not { } host) return 0;
        var sent = 0;
        while (true)
        {
            var now = time.GetUtcNow();
            var due = await db.OutgoingEmails.AsNoTracking()
                .Where(m => m.SentAt == null && m.FailedAt == null && (m.Attempts == 0 && m.ClaimToken == null || m.NextAttemptAt <= now))
                .OrderBy(m => m.CreatedAt).Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
            if (due.Count == 0) return sent;
            var token = Guid.NewGuid();
            await db.OutgoingEmails.Where(m => due.Contains(m.Id) && m.SentAt == null && (m.Attempts == 0 && m.ClaimToken == null || m.NextAttemptAt <= now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now + Lease).SetProperty(m => m.ClaimToken, token), ct);
            var claimed = await db.OutgoingEmails.Where(m => m.ClaimToken == token).ToListAsync(ct);
            if (claimed.Count == 0) return sent;
            sent += await DeliverAsync(host, claimed, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private async Task<int> DeliverAsync(string host, List<OutgoingEmail> mails, CancellationToken ct)
    {
        using var smtp = new SmtpClient();
        try
        {
            await smtp.ConnectAsync(host, options.Port, SecureSocketOptions.Auto, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "The mail server {Host}:{Port} cannot be reached; {Count} mails wait", host, options.Port, mails.Count);
            foreach (var mail in mails) mail.Failed(e.Message, time.GetUtcNow());
            return 0;
        }
        var sent = 0;
        foreach (var mail in mails)
        {
            try
            {
                await smtp.SendAsync(Message(mail), ct);
                mail.Sent(time.GetUtcNow());
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Mail {Id} to {To} was not sent", mail.Id, mail.To);
                mail.Failed(e.Message, time.GetUtcNow());
            }
        }
        await smtp.DisconnectAsync(true, ct);
        return sent;
    }

    private MimeMessage Message(OutgoingEmail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Sender));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.MessageId = $"{mail.Id:N}@b2bcrm";
        var text = new TextPart("plain") { Text = mail.Body };
        if (mail.AttachmentContent is not { } content)
        {
            message.Body = text;
            return message;
        }
        var attachment = new MimePart("application", "pdf")
        {
            Content = new MimeContent(new MemoryStream(content)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = mail.AttachmentName,
        };
        message.Body = new Multipart("mixed") { text, attachment };
        return message;
    }
}
