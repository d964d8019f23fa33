using System.Net;
using System.Net.Sockets;

namespace ReportSite.Cli.Serve;

/// <summary>
/// Which <c>Host</c> headers the preview answers. Without this check, DNS rebinding lets any web page
/// the author visits read the preview (drafts and errors included): the page's own name is made to
/// resolve to 127.0.0.1, so the browser sends that name as the Host. Allowed, as Vite's
/// <c>server.allowedHosts</c> (after CVE-2025-24010) and webpack-dev-server's <c>'auto'</c> do:
/// loopback names (<c>localhost</c>, <c>*.localhost</c>), any IP address literal (a rebinding attack
/// needs a name it controls, never an address), the <c>--host</c> value and each <c>--allowed-host</c>.
/// </summary>
public sealed class AllowedHosts
{
    private readonly HashSet<string> _names;

    public AllowedHosts(IEnumerable<string> names) =>
        _names = new HashSet<string>(names.Select(Normalize).Where(name => name.Length > 0), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a request whose Host header names <paramref name="host"/> (port removed) may be answered.</summary>
    public bool Allows(string? host)
    {
        var name = Normalize(host ?? "");
        if (name.Length == 0) return false;
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)) return true;
        if (IsAddressLiteral(name)) return true;
        return _names.Contains(name);
    }

    /// <summary>The one-line reason sent with 403, saying how to allow the name.</summary>
    public static string RefusalFor(string? host)
    {
        var name = Normalize(host ?? "");
        return name.Length == 0
            ? "Blocked request: it names no host. The preview answers only requests for localhost, this machine's addresses and names allowed with --allowed-host NAME.\n"
            : $"Blocked request: the host '{name}' is not allowed (a guard against DNS rebinding). To preview under this name, start 'reportsite serve' with --allowed-host {name}\n";
    }

    private static bool IsAddressLiteral(string name) =>
        IPAddress.TryParse(name, out var address)
        && (address.AddressFamily == AddressFamily.InterNetworkV6 || ListenAddresses.IsDottedQuad(name));

    /// <summary>Lower-level spelling differences that name the same host: IPv6 brackets, a final dot.</summary>
    private static string Normalize(string host)
    {
        var name = host.Trim();
        if (name.StartsWith('[') && name.EndsWith(']')) name = name[1..^1];
        return name.TrimEnd('.');
    }
}
