namespace ReportSite.Templating.Views;

/// <summary>
/// One entry of the language switcher. When <see cref="Available"/> is false, this page has no
/// version in that language and <see cref="Url"/> leads to the nearest page that exists there.
/// <see cref="SectionMap"/> is set when that version's headings differ from this page's: where each
/// numbered section of this page lands there (<c>sec-3:sec-2 sec-4:</c>, empty target = the top; see
/// <see cref="Linking.SectionCorrespondence"/>); sections not named keep their id.
/// </summary>
internal sealed record LanguageLinkView(string Code, string Name, string HtmlLang, string Url, bool Available, bool Current, string SectionMap = "");
