using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace ReportSite.Cli.Serve;

/// <summary>
/// Turns the <c>--host</c> value into the addresses the preview listens on. A name is resolved and
/// bound only where it points (Kestrel would otherwise listen on every interface for any name that
/// is not an address); a value that is neither an address nor a name this machine resolves is refused.
/// </summary>
public static partial class ListenAddresses
{
    private static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(10);

    public static async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host)
    {
        var value = host.Trim();
        if (value.StartsWith('[') && value.EndsWith(']')) value = value[1..^1];
        if (value.Length == 0) throw new PreviewStartException("--host is empty: give an address such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network interface).");
        if (value.Contains(':'))
        {
            if (IPAddress.TryParse(value, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6) return [v6];
            throw new PreviewStartException($"--host '{host}' is not an IPv6 address or a host name: give an address such as 127.0.0.1 or ::1, or a name such as localhost.");
        }
        if (NumbersAndDots().IsMatch(value))
        {
            if (IsDottedQuad(value)) return [IPAddress.Parse(value)];
            throw new PreviewStartException($"--host '{host}' is not an IPv4 address (four numbers 0-255, such as 127.0.0.1).");
        }
        if (!HostName().IsMatch(value))
            throw new PreviewStartException($"--host '{host}' is not an address or a host name: give an address such as 127.0.0.1, or a name such as localhost.");
        if (value.Equals("localhost", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return Socket.OSSupportsIPv6 && HasIPv6Loopback() ? [IPAddress.Loopback, IPAddress.IPv6Loopback] : [IPAddress.Loopback];

        IPAddress[] found;
        try
        {
            using var timeout = new CancellationTokenSource(LookupTimeout);
            found = await Dns.GetHostAddressesAsync(value, timeout.Token);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ArgumentException)
        {
            throw new PreviewStartException($"--host '{host}' does not resolve to an address of this machine ({ex.Message.TrimEnd('.')}): check the spelling, or give an address such as 127.0.0.1.", ex);
        }
        var usable = found.Where(a => a.AddressFamily == AddressFamily.InterNetwork || (a.AddressFamily == AddressFamily.InterNetworkV6 && Socket.OSSupportsIPv6))
            .Distinct().ToList();
        if (usable.Count == 0)
            throw new PreviewStartException($"--host '{host}' resolves to no address: check the spelling, or give an address such as 127.0.0.1.");
        return usable;
    }

    /// <summary>Whether listening on <paramref name="address"/> lets other machines in (0.0.0.0, ::, a network address).</summary>
    public static bool IsVisibleToNetwork(IPAddress address) => !IPAddress.IsLoopback(address);

    /// <summary>How an address is written in a URL: IPv6 in brackets.</summary>
    public static string ForUrl(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();

    /// <summary>
    /// Four decimal numbers 0–255: .NET also reads "127.1" or "1" as addresses, which are far more
    /// often typos than meant.
    /// </summary>
    public static bool IsDottedQuad(string text) =>
        DottedQuad().IsMatch(text) && text.Split('.').All(part => int.Parse(part) <= 255);

    private static bool HasIPv6Loopback()
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.IPv6Loopback, 0));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){3}$")]
    private static partial Regex DottedQuad();

    [GeneratedRegex(@"^[0-9.]+$")]
    private static partial Regex NumbersAndDots();

    /// <summary>RFC 1123 labels: letters, digits and inner hyphens (underscores too, which some networks use).</summary>
    [GeneratedRegex(@"^(?=.{1,253}\.?$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\.?$")]
    private static partial Regex HostName();
}
