namespace Crm.Api.Infrastructure.Mail;

/// <summary>Where mail goes (<c>Mail:Host</c>, <c>Mail:Port</c>, <c>Mail:From</c>). Without a host mails wait in the
/// table until one is configured. <c>Mail:Loopback</c> runs a mail server inside the app on 127.0.0.1 (the demo's),
/// keeping what it receives in <c>Mail:LoopbackFolder</c>.</summary>
public sealed record MailOptions(string? Host, int Port, string Sender, bool Loopback, string LoopbackFolder)
{
    public static MailOptions Read(IConfiguration configuration, bool demo)
    {
        var loopback = configuration.GetValue<bool?>("Mail:Loopback") ?? demo;
        var port = configuration.GetValue<int?>("Mail:Port") ?? 2525;
        return new MailOptions(configuration["Mail:Host"] ?? (loopback ? "127.0.0.1" : null), port,
            configuration["Mail:From"] ?? "service@b2bcrm.local", loopback, configuration["Mail:LoopbackFolder"] ?? "demo-mail");
    }

    /// <summary>Sent to the desk's address (<see cref="Sender"/>), in To or Cc.</summary>
    public bool IsToTheDesk(MimeKit.MimeMessage message) => message.To.Mailboxes.Concat(message.Cc.Mailboxes).Any(IsDesk);

    public bool IsDesk(MimeKit.MailboxAddress mailbox) => string.Equals(mailbox.Address, Sender, StringComparison.OrdinalIgnoreCase);
}
