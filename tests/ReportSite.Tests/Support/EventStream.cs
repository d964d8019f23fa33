using System.Text.Json;

namespace ReportSite.Tests.Support;

/// <summary>Reads the preview server's Server-Sent Events (<c>event: state</c>) as a page's live script does.</summary>
public sealed class EventStream : IAsyncDisposable
{
    public sealed record State(long Version, bool Errors);

    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<EventStream> OpenAsync(HttpClient http, string siteUrl)
    {
        var response = await http.GetAsync(siteUrl + "__reportsite/events", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next state event that satisfies <paramref name="wanted"/>, within 20 seconds.</summary>
    public async Task<State> NextAsync(Func<State, bool>? wanted = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("The event stream closed.");
            if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
            using var json = JsonDocument.Parse(line[6..]);
            var state = new State(json.RootElement.GetProperty("version").GetInt64(), json.RootElement.GetProperty("errors").GetBoolean());
            if (wanted is null || wanted(state)) return state;
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
