using System.Security.Cryptography;
using System.Text;
using ReportSite.Content;

namespace ReportSite.Tests.Content;

/// <summary>The hash stamped into translations (translated_from) never changes its value: stamps in authors' files depend on it.</summary>
public class ContentHashTests
{
    [Theory]
    [InlineData("引言", "\n正文。\n\n## 背景\n")]
    [InlineData(null, "  text with 😀 and \U00020000 \n")]
    [InlineData("Title", "")]
    public void Is_the_first_4_bytes_of_the_sha256_of_title_newline_trimmed_body(string? title, string body)
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((title ?? "") + "\n" + body.Trim()))[..4]);

        Assert.Equal(expected, ContentHash.Of(title, body));
    }
}
