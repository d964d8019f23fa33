using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;

namespace ReportSite.Cli.Serve;

/// <summary>Says in one line why Kestrel could not listen, and what to do, instead of its stack trace.</summary>
public static class ListenFailure
{
    public static PreviewStartException Explain(Exception failure, string host, int port)
    {
        var where = $"{host}:{port}";
        if (Find<AddressInUseException>(failure) is not null)
            return new PreviewStartException($"Cannot listen on {where}: port {port} is already in use. Stop the other server, or choose another port with --port (0 picks a free one).", failure);
        var socket = Find<SocketException>(failure);
        return socket?.SocketErrorCode switch
        {
            SocketError.AddressAlreadyInUse => new PreviewStartException($"Cannot listen on {where}: port {port} is already in use. Stop the other server, or choose another port with --port (0 picks a free one).", failure),
            SocketError.AddressNotAvailable => new PreviewStartException($"Cannot listen on {where}: {host} is not an address of this machine. Use 127.0.0.1 (this machine only), 0.0.0.0 (every network interface) or one of this machine's own addresses.", failure),
            SocketError.AccessDenied => new PreviewStartException($"Cannot listen on {where}: permission denied (ports below 1024 need administrator rights). Choose another port with --port.", failure),
            _ => new PreviewStartException($"Cannot listen on {where}: {OneLine((Exception?)socket ?? failure)}", failure),
        };
    }

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is T found) return found;
        return null;
    }

    private static string OneLine(Exception exception) => exception.Message.ReplaceLineEndings(" ").Trim();
}
