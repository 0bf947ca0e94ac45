using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace SpriteDX.IntegrationTests.Infrastructure;

/// <summary>A real SMTP server in the test process, keeping every message it accepts for the test to read.</summary>
internal sealed class TestSmtpServer : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    private TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(Received));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public static TestSmtpServer Start(int? port = null) => new(port ?? FreePort());

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static (string, string?)[] Settings(int port) =>
        [("Email:Smtp:Host", "127.0.0.1"), ("Email:Smtp:Port", port.ToString()), ("Email:Smtp:Security", "None")];

    /// <summary>The first message to <paramref name="address"/> (with that subject, when given) once it has arrived.</summary>
    public async Task<MimeMessage> MessageToAsync(string address, string? subject = null)
    {
        MimeMessage? found = null;
        await Polling.UntilAsync(() => Task.FromResult((found = MessagesTo(address, subject).FirstOrDefault()) is not null));
        return found!;
    }

    public IEnumerable<MimeMessage> MessagesTo(string address, string? subject = null) =>
        Received.Where(m => m.To.Mailboxes.Any(b => b.Address == address) && (subject is null || m.Subject == subject));

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _running.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Cancelled on purpose.
        }

        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
