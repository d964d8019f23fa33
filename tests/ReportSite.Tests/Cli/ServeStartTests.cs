using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using ReportSite.Build;
using ReportSite.Cli;
using ReportSite.Cli.Serve;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Cli;

/// <summary><c>reportsite serve</c>'s --host and --port: where it listens, and one-line refusals when it cannot.</summary>
public sealed class ServeStartTests : IDisposable
{
    private readonly TestSite _site = new(SiteFiles.Minimal());

    public void Dispose() => _site.Dispose();

    /// <summary>Runs <c>reportsite serve</c> until it fails or prints its "Serving" line (then stops it like Ctrl+C).</summary>
    private async Task<(int Exit, string Out, string Error)> Serve(params string[] args)
    {
        // The server writes from other threads; SyncTextWriter locks on itself, so reads lock on it too.
        var (outText, errorText) = (new StringWriter(), new StringWriter());
        var (output, error) = (TextWriter.Synchronized(outText), TextWriter.Synchronized(errorText));
        string Read(TextWriter writer, StringWriter text) { lock (writer) return text.ToString(); }
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var run = ReportSiteCommand.Create().Parse(["serve", "--input", _site.Input, .. args])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, stop.Token);
        while (!run.IsCompleted && !Read(output, outText).Contains("Serving ", StringComparison.Ordinal))
            await Task.WhenAny(run, Task.Delay(100));
        await stop.CancelAsync();
        var exit = await run;
        return (exit, Read(output, outText), Read(error, errorText));
    }

    private static void AssertOneLineRefusal((int Exit, string Out, string Error) result, string expected)
    {
        Assert.Equal(1, result.Exit);
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("reportsite serve: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", result.Error + result.Out);
        Assert.DoesNotContain("Serving", result.Out);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("65536")]
    [InlineData("70000")]
    public async Task A_port_out_of_range_is_refused_in_one_line(string port) =>
        AssertOneLineRefusal(await Serve("--port", port), $"--port {port} is out of range");

    [Fact]
    public async Task A_port_in_use_is_refused_in_one_line()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString();
            AssertOneLineRefusal(await Serve("--port", port), $"port {port} is already in use");
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public async Task An_address_not_on_this_machine_is_refused_in_one_line()
    {
        // 192.0.2.1 is reserved for documentation (RFC 5737): no machine has it, and binding sends nothing.
        AssertOneLineRefusal(await Serve("--host", "192.0.2.1", "--port", "0"), "192.0.2.1 is not an address of this machine");
    }

    [Theory]
    [InlineData("127.0.0.256", "is not an IPv4 address")]
    [InlineData("127.0.0", "is not an IPv4 address")]
    [InlineData("127.1", "is not an IPv4 address")]
    [InlineData("1270.0.0.1", "is not an IPv4 address")]
    [InlineData("exa mple", "is not an address or a host name")]
    [InlineData("http://localhost", "is not an IPv6 address or a host name")]
    [InlineData("local/host", "is not an address or a host name")]
    [InlineData("", "--host is empty")]
    public async Task A_host_that_is_neither_an_address_nor_a_name_is_refused_without_listening_anywhere(string host, string expected) =>
        AssertOneLineRefusal(await Serve("--host", host, "--port", "0"), expected);

    [Fact]
    public async Task A_host_name_binds_only_the_addresses_it_resolves_to()
    {
        await using var server = await PreviewServer.StartAsync(new BuildOptions
        {
            InputDirectory = _site.Input,
            OutputDirectory = "",
            ThemeSearchPaths = [RepoPaths.Themes],
        }, "localhost", 0, _ => { });
        Assert.NotEmpty(server.Addresses);
        Assert.All(server.Addresses, address => Assert.True(IPAddress.IsLoopback(address), $"{address} is not loopback"));
        Assert.StartsWith("http://localhost:", server.Url);
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(server.Url + "zh/")).StatusCode);
    }

    [Fact]
    public async Task A_loopback_host_prints_no_network_warning()
    {
        var (exit, output, error) = await Serve("--port", "0");
        Assert.Equal(0, exit);
        Assert.Contains("Serving http://127.0.0.1:", output);
        Assert.DoesNotContain("Warning", error);
    }

    [Fact]
    public async Task Listening_on_every_interface_warns_that_the_network_can_read_the_preview_and_drafts()
    {
        var (exit, output, error) = await Serve("--host", "0.0.0.0", "--port", "0");
        Assert.Equal(0, exit);
        Assert.Contains("Serving http://0.0.0.0:", output);
        var warning = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("Warning: listening on 0.0.0.0", warning);
        Assert.Contains("drafts", warning);
    }
}
