using Hangfire.Logging;

namespace Crm.Api.Infrastructure;

/// <summary>Hangfire's log provider is process-wide. When several hosts share a process (the test suite runs two
/// nodes side by side) a stopped host's logger factory must not take the other host's job workers down with it:
/// its loggers then go quiet instead of throwing.</summary>
internal sealed class HangfireLogProvider(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new HostLog(factory.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new Quiet();
        }
    }

    private sealed class HostLog(ILogger logger) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel level, Func<string>? message, Exception? exception = null)
        {
            var mapped = level switch
            {
                Hangfire.Logging.LogLevel.Trace => Microsoft.Extensions.Logging.LogLevel.Trace,
                Hangfire.Logging.LogLevel.Debug => Microsoft.Extensions.Logging.LogLevel.Debug,
                Hangfire.Logging.LogLevel.Info => Microsoft.Extensions.Logging.LogLevel.Information,
                Hangfire.Logging.LogLevel.Warn => Microsoft.Extensions.Logging.LogLevel.Warning,
                Hangfire.Logging.LogLevel.Error => Microsoft.Extensions.Logging.LogLevel.Error,
                _ => Microsoft.Extensions.Logging.LogLevel.Critical,
            };
            try
            {
                if (message is null) return logger.IsEnabled(mapped);
                if (logger.IsEnabled(mapped)) logger.Log(mapped, 0, message(), exception, static (text, _) => text);
            }
            catch (ObjectDisposedException)
            {
                // The host that owned this logger has stopped.
            }
            return true;
        }
    }

    private sealed class Quiet : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel level, Func<string>? message, Exception? exception = null) => false;
    }
}
