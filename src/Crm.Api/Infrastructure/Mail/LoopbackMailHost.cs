namespace Crm.Api.Infrastructure.Mail;

/// <summary>Runs the loopback mail server when <c>Mail:Loopback</c> is on (the demo's default): the app's mails land
/// in <c>Mail:LoopbackFolder</c> as .eml files any mail program opens.</summary>
public sealed class LoopbackMailHost(MailOptions options, ILogger<LoopbackMailHost> log) : IHostedService, IAsyncDisposable
{
    private LoopbackMailbox? _mailbox;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Loopback) return Task.CompletedTask;
        _mailbox = new LoopbackMailbox(options.Port, Path.GetFullPath(options.LoopbackFolder));
        log.LogInformation("Mail goes to the loopback server on 127.0.0.1:{Port}; read it in {Folder}", options.Port, Path.GetFullPath(options.LoopbackFolder));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_mailbox is { } mailbox) await mailbox.DisposeAsync();
        _mailbox = null;
    }
}
