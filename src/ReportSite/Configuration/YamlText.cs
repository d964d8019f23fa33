using ReportSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportSite.Configuration;

/// <summary>
/// Parses YAML text to a top-level mapping, reporting syntax errors and duplicate keys with the
/// position as the editor sees it (<c>firstLine</c> is the file line the text starts on). Only
/// YAML's own types are read (tags never create .NET objects: this is the representation model,
/// not a deserialiser), nesting is bounded (<see cref="BoundedYamlParser"/>) and so is what
/// aliases expand to.
/// </summary>
internal static class YamlText
{
    public static YamlMap? ParseMapping(string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var start = new SourceLocation(file, firstLine, 1);
        if (text.Contains('\t'))
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, SourceLocation.InText(file, text, text.IndexOf('\t'), firstLine),
                "YAML does not allow tab characters for indentation.", "Replace the tab with spaces.");
            return null;
        }
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            var bounded = new BoundedYamlParser(parser);
            stream.Load(bounded);
            // Most files (every page's front matter) use no aliases and need no second walk.
            if (bounded.SawAlias && stream.Documents.Count > 0) CheckAliasExpansion(stream.Documents[0].RootNode);
        }
        catch (YamlLimitException ex)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(file, firstLine + Math.Max((int)ex.At.Line, 1) - 1, Math.Max((int)ex.At.Column, 1)),
                ex.Message, ex.Hint);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way on some unclosed flow collections; the parser knows where it stopped.
            var mark = parser.Current?.End ?? Mark.Empty;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(file, firstLine + Math.Max((int)mark.Line, 1) - 1, Math.Max((int)mark.Column, 1)),
                "Invalid YAML: a bracket or quote on this line is never closed.", "Close every { [ \" and ' on the line where it opens.");
            return null;
        }
        catch (ArgumentException)
        {
            // Found by fuzzing: on some malformed input YamlDotNet's loader meets an event it does not expect.
            var mark = parser.Current?.Start ?? Mark.Empty;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(file, firstLine + Math.Max((int)mark.Line, 1) - 1, Math.Max((int)mark.Column, 1)),
                "Invalid YAML: the text here cannot be read as a key, a value or a list.",
                "Check indentation and characters here: each line is 'key: value' or '- item'; quote values with special characters.");
            return null;
        }
        catch (YamlException ex)
        {
            var at = new SourceLocation(file, firstLine + (int)ex.Start.Line - 1, (int)ex.Start.Column);
            var duplicate = ex.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
                || ex.InnerException?.Message.Contains("same key", StringComparison.OrdinalIgnoreCase) == true;
            if (duplicate)
                diagnostics.Error(DiagnosticCodes.DuplicateKey, at, "This key appears twice in the same mapping.", "Remove or rename one of them.");
            else
                diagnostics.Error(DiagnosticCodes.YamlSyntax, at, $"Invalid YAML: {InnermostMessage(ex)}",
                    "Check indentation and quote values that contain ': ' or start with a special character.");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return YamlMap.Empty(file, firstLine, diagnostics);
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, start, "Expected a mapping of keys to values.",
                "Write one 'key: value' per line, e.g. title: 数字经济");
            return null;
        }
        return new YamlMap(root, file, firstLine, diagnostics);
    }

    /// <summary>How many values a document may stand for once its aliases are expanded (a document without aliases may be larger).</summary>
    public const long MaxExpandedValues = 100_000;

    /// <summary>
    /// YamlDotNet resolves an alias to the very node it names, so a few lines of anchors and aliases
    /// ("billion laughs") stand for billions of values once anything walks them, and a chain of aliases
    /// nests deeper than the text does. One walk without recursion, each node counted once, finds both
    /// before anything else reads the document (loops were refused while loading: <see cref="BoundedYamlParser"/>).
    /// </summary>
    private static void CheckAliasExpansion(YamlNode root)
    {
        var done = new Dictionary<YamlNode, (long Size, int Depth)>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(YamlNode Node, bool Finish)>([(root, false)]);
        while (pending.TryPop(out var item))
        {
            var (node, finish) = item;
            var children = node is YamlMappingNode m ? m.Children.Values : node is YamlSequenceNode s ? s.Children : (IEnumerable<YamlNode>)[];
            if (!finish)
            {
                if (done.ContainsKey(node)) continue;
                pending.Push((node, true));
                foreach (var child in children) pending.Push((child, false));
                continue;
            }
            long size = 1;
            var depth = 0;
            foreach (var child in children)
            {
                size = Math.Min(size + done[child].Size, long.MaxValue / 2);
                depth = Math.Max(depth, done[child].Depth);
            }
            if (++depth > BoundedYamlParser.MaxDepth)
                throw new YamlLimitException(node.Start, $"Aliases here nest values more than {BoundedYamlParser.MaxDepth} levels deep.",
                    "Write the values out, or use fewer aliases inside aliased values.");
            done[node] = (size, depth);
        }
        var total = done[root].Size;
        if (total <= MaxExpandedValues || total <= done.Count) return;
        var anchor = done.Where(n => !n.Key.Anchor.IsEmpty).MaxBy(n => n.Value.Size).Key;
        throw new YamlLimitException(anchor.Start,
            $"The aliases of &{anchor.Anchor} make this document stand for more than {MaxExpandedValues:N0} values.",
            "Write the values out, or use fewer aliases: front matter and data tables never need this many.");
    }

    private static string InnermostMessage(Exception ex)
    {
        while (ex.InnerException is not null) ex = ex.InnerException;
        var message = ex.Message;
        // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (...): "; our location says it already.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
