using CsCheck;
using ReportSite.Markdown.StrictAttributes;

namespace ReportSite.Tests.Markdown.StrictAttributes;

public class AttributeListTests
{
    [Theory]
    [InlineData("{#id}", "id", "", "")]
    [InlineData("{.a .b-c ._d}", null, "a b-c _d", "")]
    [InlineData("{ #数据 .wide }", "数据", "wide", "")]
    [InlineData("{width=300 title=\"A title\" data-x='1' xml:lang=zh}", null, "", "width=300;title=A title;data-x=1;xml:lang=zh")]
    [InlineData("{#a .b c=d} trailing", "a", "b", "c=d")]
    public void Lists_whose_every_token_is_an_id_class_or_key_value_are_read(string text, string? id, string classes, string properties)
    {
        var attributes = AttributeList.TryRead(text, out var length);
        Assert.NotNull(attributes);
        Assert.Equal('}', text[length - 1]);
        Assert.Equal(id, attributes.Id);
        Assert.Equal(classes, string.Join(' ', attributes.Classes ?? []));
        Assert.Equal(properties, string.Join(';', (attributes.Properties ?? []).Select(p => $"{p.Key}={p.Value}")));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ }")]
    [InlineData("{name}")]
    [InlineData("{i=1")]
    [InlineData("{a,b}")]
    [InlineData("{1,3}")]
    [InlineData("{.5}")]
    [InlineData("{#}")]
    [InlineData("{.}")]
    [InlineData("{.a,.b}")]
    [InlineData("{#a.b=c}")]
    [InlineData("{key = value}")]
    [InlineData("{key=}")]
    [InlineData("{key=\"unclosed}")]
    [InlineData("{key=\"across\nlines\"}")]
    [InlineData("{.a\n.b}")]
    [InlineData("{{.a}}")]
    [InlineData("{a {b} c}")]
    [InlineData("{\"a\": 1}")]
    [InlineData("{width=300 height}")]
    [InlineData("{onclick=a<b}")]
    [InlineData("{GOARCH}")]
    [InlineData("{ .Site.Title }")]
    [InlineData("x{.a}")]
    public void Anything_else_is_not_a_list(string text) => Assert.Null(AttributeList.TryRead(text, out _));

    [Fact]
    public void Reading_any_text_never_throws_and_a_list_ends_at_its_closing_brace()
    {
        var pieces = Gen.OneOf<string>("{", "}", "#", ".", "=", "\"", "'", " ", "\n", "a", "-", "1", "数", "x=y");
        pieces.Array[0, 16].Select(parts => "{" + string.Concat(parts)).Sample(text =>
        {
            if (AttributeList.TryRead(text, out var length) is null) return;
            Assert.InRange(length, 3, text.Length);
            Assert.Equal('}', text[length - 1]);
        });
    }
}
