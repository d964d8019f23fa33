using ReportSite.Tests.Support;

namespace ReportSite.Tests.Data;

/// <summary>
/// The CSV downloads are opened in spreadsheets: text that a spreadsheet would run as a formula
/// (OWASP "CSV Injection") is written with a single quote in front and quoted; numbers stay numbers.
/// </summary>
public class DataCsvWriterTests
{
    [Fact]
    public void Text_that_would_run_as_a_formula_is_neutralised_and_negative_numbers_stay_numbers()
    {
        using var site = TestSite.WithChapter("```datatable source=t\n```");
        Directory.CreateDirectory(Path.Combine(site.Input, "data"));
        File.WriteAllText(Path.Combine(site.Input, "data/t.yaml"), """
            title: Formulas
            columns:
              - key: name
                label: "@SUM(A1:A9)"
              - key: v
                label: Value
                type: number
            rows:
              - {name: "=1+2", v: -3.5}
              - {name: "+41", v: 0}
              - {name: "-2+3", v: -1000000}
              - {name: "@cmd", v: 7}
              - {name: "\tx", v: 8}
              - {name: "\rx", v: 9}
              - {name: "=HYPERLINK(\"http://e.test\",\"a, b\")", v: 10}
              - {name: "3-2=1", v: 11}
              - {name: "", v: -0.25}
            """);

        site.BuildOk();

        var csv = site.Read("en/data/t.csv");
        Assert.StartsWith("\uFEFF\"'@SUM(A1:A9)\",Value", csv);
        Assert.Contains("\"'=1+2\",-3.5", csv);
        Assert.Contains("\"'+41\",0", csv);
        Assert.Contains("\"'-2+3\",-1000000", csv);
        Assert.Contains("\"'@cmd\",7", csv);
        Assert.Contains("\"'\tx\",8", csv);
        Assert.Contains("\"'\rx\",9", csv);
        Assert.Contains("\"'=HYPERLINK(\"\"http://e.test\"\",\"\"a, b\"\")\",10", csv);
        Assert.Contains("\n3-2=1,11", csv); // a formula character later in the text is harmless
        Assert.Contains("\n,-0.25", csv);
    }
}
