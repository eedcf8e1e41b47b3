using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Crm.Api.Infrastructure.Mail;

/// <summary>A real SMTP server on 127.0.0.1 (the SmtpServer library) that keeps every mail it receives: in memory,
/// and as .eml files in a folder when one is given. The demo runs one so its escalations and invitations can be read;
/// the tests run one to see what was sent. Whoever passes <c>received</c> hears of each mail as it is kept.</summary>
public sealed class LoopbackMailbox : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly string? _folder;
    private readonly Func<MimeMessage, CancellationToken, Task>? _received;

    public LoopbackMailbox(int port, string? folder = null, Func<MimeMessage, CancellationToken, Task>? received = null)
    {
        Port = port;
        (_folder, _received) = (folder, received);
        if (folder is not null) Directory.CreateDirectory(folder);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("b2bcrm-loopback")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopping is what was asked for.
        }
        _stop.Dispose();
    }

    private async Task KeepAsync(MimeMessage message, CancellationToken ct)
    {
        Received.Enqueue(message);
        if (_folder is not null) await message.WriteToAsync(Path.Combine(_folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml"), ct);
        if (_received is not null) await _received(message, ct);
    }

    private sealed class Store(LoopbackMailbox mailbox) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            await mailbox.KeepAsync(await MimeMessage.LoadAsync(stream, cancellationToken), cancellationToken);
            return SmtpResponse.Ok;
        }
    }
}
