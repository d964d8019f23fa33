namespace ReportSite.Markdown.RawHtml;

/// <summary>An attribute of an <see cref="HtmlStartTag"/>: its name and value as written (entities not decoded), with their offsets in the text read.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="NameStart">Offset of the name's first character.</param>
/// <param name="Value">The value as written, without its quotes (empty when there is none).</param>
/// <param name="ValueStart">Offset of the value's first character (inside the quotes); the name's end when there is no value.</param>
/// <param name="Quoted">Whether the value is in quotes (an unquoted value ends at the first space).</param>
internal sealed record HtmlTagAttribute(string Name, int NameStart, string Value, int ValueStart, bool Quoted);
