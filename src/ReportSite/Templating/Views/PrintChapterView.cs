namespace ReportSite.Templating.Views;

/// <summary>One chapter of a print edition.</summary>
/// <param name="Number">Chapter number, as its page shows it.</param>
/// <param name="Id">Its element's id on the edition (<c>ch3</c>), what the contents link to.</param>
/// <param name="TitleId">Its title's id (<c>ch3-title</c>, or its title anchor prefixed).</param>
/// <param name="Title">Its title in the edition's language.</param>
/// <param name="Summary">Its front matter summary, or empty.</param>
/// <param name="Content">Its body with the edition's ids and links (<see cref="PrintEdition.PrintChapterBody"/>).</param>
internal sealed record PrintChapterView(int Number, string Id, string TitleId, string Title, string Summary, HtmlFragment Content);
