using MimeKit;

namespace Crm.Api.Infrastructure.Mail;

/// <summary>Runs the loopback mail server when <c>Mail:Loopback</c> is on (the demo's default): the app's mails land
/// in <c>Mail:LoopbackFolder</c> as .eml files any mail program opens, and a mail sent to the desk's address through it
/// reaches the desk as the mail gateway's would.</summary>
public sealed class LoopbackMailHost(MailOptions options, IServiceScopeFactory scopes, ILogger<LoopbackMailHost> log) : IHostedService, IAsyncDisposable
{
    private LoopbackMailbox? _mailbox;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Loopback) return Task.CompletedTask;
        _mailbox = new LoopbackMailbox(options.Port, Path.GetFullPath(options.LoopbackFolder), ToTheDeskAsync);
        log.LogInformation("Mail goes to the loopback server on 127.0.0.1:{Port}; read it in {Folder}", options.Port, Path.GetFullPath(options.LoopbackFolder));
        return Task.CompletedTask;
    }

    private async Task ToTheDeskAsync(MimeMessage message, CancellationToken ct)
    {
        // The desk's own mails (answers to customers) are not mail to the desk.
        if (!options.IsToTheDesk(message) || message.From.Mailboxes.Any(options.IsDesk)) return;
        using var raw = new MemoryStream();
        await message.WriteToAsync(raw, ct);
        raw.Position = 0;
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<IDeskMailbox>().DeliverAsync(raw, ct);
        }
        catch (RequestValidationException refused)
        {
            log.LogWarning("The desk did not take the mail from {From}: {Reason}", message.From,
                string.Join(" ", refused.Errors.Values.SelectMany(m => m)));
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_mailbox is { } mailbox) await mailbox.DisposeAsync();
        _mailbox = null;
    }
}
