using ReportSite.Markdown;
using ReportSite.Search;

namespace ReportSite.Tests.Search;

public class CharClassesTests
{
    [Fact]
    public void Every_utf16_unit_has_the_class_its_unicode_properties_give()
    {
        for (var c = (char)0; ; c++)
        {
            var expected = char.IsSurrogate(c) ? CharClasses.Surrogate
                : TextLength.IsCjk(c) ? CharClasses.Cjk
                : char.IsLetterOrDigit(c) ? CharClasses.Word
                : char.IsWhiteSpace(c) ? CharClasses.Space
                : CharClasses.Other;
            if (CharClasses.Table[c] != expected) Assert.Fail($"U+{(int)c:X4} is class {CharClasses.Table[c]}, expected {expected}");
            if (c == char.MaxValue) break;
        }
        Assert.Equal(CharClasses.Cjk, CharClasses.Table['数']);
        Assert.Equal(CharClasses.Space, CharClasses.Table['\u3000']);
        Assert.Equal(CharClasses.Word, CharClasses.Table['é']);
    }
}
