using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportSite.Markdown.Mathematics;

/// <summary>
/// Temml's output for a site's formulas, kept between builds in one file per site in the user's cache
/// folder (like Hugo's resources cache or Quarto's <c>_freeze</c>): a build whose formulas are all in it
/// never starts Jint (about a second). Not in the site folder: its MathML is published as it is, unsanitised,
/// so a file arriving in a pull request could put script in the site's pages; the user's cache folder
/// is written only by the user's own builds. Named by a hash of the site folder's path, so each site's
/// file is pruned to its own formulas. The file holds Temml's output before
/// <see cref="MathMarkup.Clean"/>, under a key of the converter (the Temml script and its options), so a
/// new Temml or a change of options starts afresh and the HTML is the same with or without the cache.
/// A file that does not read (corrupt, truncated, another version) counts as empty; the file is replaced
/// whole (a temporary file renamed over it), so a reader never sees half of one. Errors are never stored:
/// a broken formula is reported again on every build.
/// </summary>
internal sealed class FormulaCache(string file)
{
    private const int Format = 1;

    /// <summary>The cache file.</summary>
    public string File { get; } = file;

    private readonly Lazy<IReadOnlyDictionary<(string Tex, bool Display), string>> _stored = new(() => Read(file));
    private IReadOnlyDictionary<(string Tex, bool Display), string>? _written;

    /// <summary>What the file held when first asked, or what this object last wrote to it.</summary>
    public IReadOnlyDictionary<(string Tex, bool Display), string> Stored => _written ?? _stored.Value;

    /// <summary>Whether the file is there (cheap: the file is not read).</summary>
    public bool Exists => System.IO.File.Exists(File);

    /// <summary>
    /// Replaces the file with exactly <paramref name="formulas"/> (Temml's output by TeX and display
    /// mode), unless it holds exactly them already. A file that cannot be written is left as it was:
    /// the next build converts again, which is slower but not wrong.
    /// </summary>
    public void Save(IReadOnlyDictionary<(string Tex, bool Display), string> formulas)
    {
        if (Same(formulas, Stored)) return;
        var temporary = $"{File}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(File)!);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true }))
            {
                json.WriteStartObject();
                json.WriteNumber("format", Format);
                json.WriteString("converter", TemmlEngine.ConverterKey);
                json.WriteStartArray("formulas");
                foreach (var ((tex, display), temml) in formulas.OrderBy(f => f.Key.Tex, StringComparer.Ordinal).ThenBy(f => f.Key.Display))
                {
                    json.WriteStartObject();
                    json.WriteString("tex", tex);
                    json.WriteBoolean("display", display);
                    json.WriteString("temml", temml);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            System.IO.File.Move(temporary, File, overwrite: true);
            _written = formulas;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { System.IO.File.Delete(temporary); } catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
        }
    }

    /// <summary>The cache of the site in <paramref name="siteDirectory"/>, in the cache folder <paramref name="cacheDirectory"/>.</summary>
    public static FormulaCache For(string cacheDirectory, string siteDirectory)
    {
        var site = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteDirectory));
        var name = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(site)))[..16];
        return new FormulaCache(Path.Combine(Path.GetFullPath(cacheDirectory), "formulas", name + ".json"));
    }

    /// <summary>A cache file's formulas; empty when it is missing or is not one this build wrote.</summary>
    internal static IReadOnlyDictionary<(string Tex, bool Display), string> Read(string file)
    {
        var formulas = new Dictionary<(string Tex, bool Display), string>();
        try
        {
            using var document = JsonDocument.Parse(System.IO.File.ReadAllBytes(file));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.Number || format.GetInt32() != Format
                || !root.TryGetProperty("converter", out var converter) || converter.ValueKind != JsonValueKind.String || converter.GetString() != TemmlEngine.ConverterKey
                || !root.TryGetProperty("formulas", out var entries) || entries.ValueKind != JsonValueKind.Array)
                return formulas;
            foreach (var entry in entries.EnumerateArray())
            {
                // One entry not as written is a file someone edited or damaged: none of it is trusted.
                if (entry.ValueKind != JsonValueKind.Object
                    || !entry.TryGetProperty("tex", out var tex) || tex.ValueKind != JsonValueKind.String
                    || !entry.TryGetProperty("display", out var display) || display.ValueKind is not (JsonValueKind.True or JsonValueKind.False)
                    || !entry.TryGetProperty("temml", out var temml) || temml.ValueKind != JsonValueKind.String)
                    return new Dictionary<(string Tex, bool Display), string>();
                formulas[(tex.GetString()!, display.GetBoolean())] = temml.GetString()!;
            }
            return formulas;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException)
        {
            return new Dictionary<(string Tex, bool Display), string>();
        }
    }

    private static bool Same(IReadOnlyDictionary<(string Tex, bool Display), string> a, IReadOnlyDictionary<(string Tex, bool Display), string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var other) && other == p.Value);

    /// <summary>The converter's key: a hash of the Temml script and of how it is called (<see cref="TemmlEngine"/>).</summary>
    internal static string KeyOf(Stream script, string call)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        int read;
        while ((read = script.Read(buffer)) > 0) hash.AppendData(buffer, 0, read);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(call));
        return "temml-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
