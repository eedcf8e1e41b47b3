using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Api.Infrastructure.Mail;
using Crm.Domain.Common;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Crm.Api.Features.Service;

/// <summary>A mail to the desk's address (<c>Mail:From</c>, the address the desk's own mails come from): from a
/// contact's or an account's known address it opens a case (origin Email) with the mail's files; a reply naming one of
/// the sender's cases ("[Case 12]" in the subject, as the desk's mails have it) is the customer's answer on that case.
/// The same mail twice (by Message-ID) is taken once.</summary>
public sealed partial class InboundMail(
    CrmDbContext db, CaseCommands cases, CaseAttachments attachments, CallerLookup callers, UnitOfWork unitOfWork, MailOptions mail, TimeProvider time)
    : IDeskMailbox
{
    public const string Opened = "Opened", Answered = "Answered", AlreadyTaken = "AlreadyTaken";

    public async Task<InboundMailResponse> TakeAsync(Stream body, CancellationToken ct)
    {
        var (message, raw) = await ReadAsync(body, ct);
        var from = message.From.Mailboxes.FirstOrDefault()?.Address?.Trim().ToLowerInvariant() is { Length: > 0 } address
            ? address : throw RequestValidationException.For("from", "The mail names no sender.");
        if (!mail.IsToTheDesk(message))
            throw RequestValidationException.For("to", $"The mail is not addressed to the desk ({mail.Sender}).");
        var messageId = KeyOf(message.MessageId, raw);
        if (await TakenBeforeAsync(messageId, ct) is { } earlier) return new InboundMailResponse(earlier, AlreadyTaken, []);
        var sender = await callers.SenderAsync(from, ct)
            ?? throw RequestValidationException.For("from", $"No contact or account has the address {from}; add it to the customer's contact, or open the case by hand.");
        try
        {
            return await OpenOrAnswerAsync(message, messageId, from, sender, ct);
        }
        catch (DbUpdateException)
        {
            // The same mail delivered twice at once: the other delivery took it first (Message-IDs are unique).
            db.ChangeTracker.Clear();
            if (await TakenBeforeAsync(messageId, ct) is { } taken) return new InboundMailResponse(taken, AlreadyTaken, []);
            throw;
        }
    }

    public async Task DeliverAsync(Stream message, CancellationToken ct) => await TakeAsync(message, ct);

    /// <summary>The mail's Message-ID as it is kept; a missing or overlong one is replaced by a hash (of the mail or of the id).</summary>
    private static string KeyOf(string? messageId, byte[] raw) => messageId switch
    {
        { Length: > 0 and <= InboundEmail.MaxMessageIdLength } id => id,
        { Length: > 0 } id => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id))),
        _ => Convert.ToHexString(SHA256.HashData(raw)),
    };

    private Task<long?> TakenBeforeAsync(string messageId, CancellationToken ct) =>
        db.InboundEmails.AsNoTracking().Where(m => m.MessageId == messageId).Select(m => (long?)m.CaseId.Value).FirstOrDefaultAsync(ct);

    private async Task<InboundMailResponse> OpenOrAnswerAsync(
        MimeMessage message, string messageId, string from, (Domain.Accounts.AccountId Account, Domain.Accounts.ContactId? Contact) sender, CancellationToken ct)
    {
        var (files, notTaken) = Files(message);
        var text = MailText.Of(message);
        var context = new ChangeContext(from, "", time.GetUtcNow());
        var answering = await CaseToAnswerAsync(message.Subject, sender.Account, context.Now, ct);
        if (answering is { } caseId)
        {
            foreach (var file in files) await attachments.AddAsync(caseId, file, isPublic: true, from, ct);
            db.InboundEmails.Add(new InboundEmail(messageId, from, caseId, Answered, context.Now));
            var answer = WithNote(MailText.WithoutQuotedHistory(text), files, notTaken);
            await cases.CommentAsync(caseId.Value, new CaseCommentRequest(Clip(answer, ServiceCase.MaxCommentLength), true), byCustomer: true, context, ct);
            return new InboundMailResponse(caseId.Value, Answered, notTaken);
        }

        var account = await db.Accounts.FirstAsync(a => a.Id == sender.Account, ct);
        var subject = Clip(message.Subject is { Length: > 0 } s ? CaseReference().Replace(s, "").Trim() : "", ServiceCase.MaxSubjectLength);
        var request = new CaseRequest(Subject: subject.Length > 0 ? subject : "(mail without a subject)",
            Description: Clip(WithNote(text, [], notTaken), ServiceCase.MaxDescriptionLength));
        var serviceCase = await cases.OpenAsync(account, sender.Contact, null, null, request, CaseOrigin.Email, context, ct);
        await unitOfWork.SaveAsync(ct, async inner =>
        {
            foreach (var file in files) await attachments.AddAsync(serviceCase.Id, file, isPublic: true, from, inner);
            db.InboundEmails.Add(new InboundEmail(messageId, from, serviceCase.Id, Opened, context.Now));
        });
        return new InboundMailResponse(serviceCase.Id.Value, Opened, notTaken);
    }

    private static async Task<(MimeMessage Message, byte[] Raw)> ReadAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, ct);
        // The server's request size limit bounds the body; an empty one is no mail.
        if (buffer.Length == 0) throw RequestValidationException.For("message", "Send the mail as message/rfc822.");
        buffer.Position = 0;
        try
        {
            var message = await MimeMessage.LoadAsync(buffer, ct);
            return message.From.Count == 0 && message.To.Count == 0
                ? throw RequestValidationException.For("message", "This is not a mail: it has neither From nor To.")
                : (message, buffer.ToArray());
        }
        catch (FormatException e)
        {
            throw RequestValidationException.For("message", $"This is not a mail (message/rfc822): {e.Message}");
        }
    }

    /// <summary>The case a reply names, if it is the sender's account's and still takes answers.</summary>
    private async Task<CaseId?> CaseToAnswerAsync(string? subject, Domain.Accounts.AccountId account, DateTimeOffset now, CancellationToken ct)
    {
        if (subject is null || CaseReference().Match(subject) is not { Success: true } named || !long.TryParse(named.Groups[1].Value, out var number)) return null;
        var id = new CaseId(number);
        var serviceCase = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.AccountId == account, ct);
        if (serviceCase is null) return null;
        return serviceCase.TakesAnswers(now, (await ServiceRules.LoadAsync(db, ct)).ReopenPeriod) ? id : null;
    }

    /// <summary>The mail's files the desk takes, and a line for each it does not.</summary>
    private (List<CheckedFile> Taken, List<string> NotTaken) Files(MimeMessage message)
    {
        var taken = new List<CheckedFile>();
        var notTaken = new List<string>();
        foreach (var part in message.Attachments.OfType<MimePart>())
        {
            using var content = new MemoryStream();
            part.Content?.DecodeTo(content);
            try
            {
                taken.Add(attachments.Check(part.FileName, content.ToArray()));
            }
            catch (RequestValidationException e)
            {
                notTaken.Add($"{part.FileName ?? "(no name)"}: {e.Errors.Values.SelectMany(m => m).First()}");
            }
        }
        return (taken, notTaken);
    }

    private static string WithNote(string text, List<CheckedFile> files, List<string> notTaken)
    {
        var note = notTaken.Count == 0 ? "" : $"\n\nFiles not taken from the mail:\n{string.Join('\n', notTaken.Select(n => "- " + n))}";
        var body = text.Length > 0 ? text : files.Count > 0 ? $"(sent {string.Join(", ", files.Select(f => f.Name))})" : "(empty mail)";
        return body + note;
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    [GeneratedRegex(@"\[Case (\d{1,18})\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseReference();
}
