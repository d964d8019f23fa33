namespace ReportSite.Diagnostics;

/// <summary>
/// Every diagnostic code ReportSite reports, with a one-line description. Codes are stable:
/// editors and CI scripts may match on them. RS00xx site, RS01xx YAML and front matter,
/// RS02xx links and media, RS03xx theme, RS04xx output, RS05xx translations, RS06xx data.
/// </summary>
internal static class DiagnosticCodes
{
    public static readonly DiagnosticCode InputNotFound = new("RS0001", "The input folder or its site.yaml does not exist.");
    public static readonly DiagnosticCode FileUnreadable = new("RS0002", "An input file could not be read.");
    public static readonly DiagnosticCode FileTooLarge = new("RS0003", "An input text file is larger than max_file_size_mb (default 10).");
    public static readonly DiagnosticCode NotUtf8 = new("RS0004", "An input text file is not valid UTF-8 (e.g. saved as GBK or UTF-16).");
    public static readonly DiagnosticCode SymlinkOutside = new("RS0005", "A symbolic link in the input folder points outside it; it is not read.");
    public static readonly DiagnosticCode UnsafeName = new("RS0006", "A file, folder or language name that becomes part of a URL uses characters URLs and paths cannot carry safely.");
    public static readonly DiagnosticCode InternalError = new("RS0007", "The build failed on an unexpected internal error (a bug in ReportSite); the message names the file being processed.");
    public static readonly DiagnosticCode StrayMarkdown = new("RS0008", "A Markdown file lies where the site does not read it; it is not published.");
    public static readonly DiagnosticCode NonCharacter = new("RS0009", "An input text file holds a Unicode noncharacter (U+FFFE, U+FFFF, U+FDD0…), which is not text; it is shown as U+FFFD.");

    public static readonly DiagnosticCode YamlSyntax = new("RS0101", "A YAML file or front matter block is not valid YAML.");
    public static readonly DiagnosticCode WrongType = new("RS0102", "A YAML value has the wrong type for its key.");
    public static readonly DiagnosticCode MissingRequired = new("RS0103", "A required key is missing.");
    public static readonly DiagnosticCode UnknownKey = new("RS0104", "A key is not known; it is ignored.");
    public static readonly DiagnosticCode UnterminatedFrontMatter = new("RS0105", "A front matter block opened with --- is never closed.");
    public static readonly DiagnosticCode UnknownLanguage = new("RS0106", "A language code is not configured in site.yaml or has no i18n table in the theme.");
    public static readonly DiagnosticCode DuplicateKey = new("RS0107", "A key appears twice in the same YAML mapping.");
    public static readonly DiagnosticCode MissingLanguageText = new("RS0108", "A text given per language in site.yaml, report.yaml or a data table lacks one of the site's languages, so another language's text is shown there.");
    public static readonly DiagnosticCode InvalidSeriesId = new("RS0109", "A report series id (site.yaml's series, report.yaml's series) is not lowercase letters, digits and hyphens.");
    public static readonly DiagnosticCode UnknownSeries = new("RS0110", "A report.yaml names a series that site.yaml's series does not define.");
    public static readonly DiagnosticCode DuplicateEditionYear = new("RS0111", "Two reports of one series have the same year, or an edition of a series has no year.");

    public static readonly DiagnosticCode BrokenLink = new("RS0201", "A link to a Markdown file points to no chapter or page.");
    public static readonly DiagnosticCode MissingImage = new("RS0202", "An image or cover file does not exist.");
    public static readonly DiagnosticCode MissingAnchor = new("RS0203", "A link's #anchor names no heading, alias or footnote of its target page.");
    public static readonly DiagnosticCode HeadingSkipsLevel = new("RS0204", "A heading is more than one level below the one before it (e.g. ## then ####).");
    public static readonly DiagnosticCode EmptyContent = new("RS0205", "A chapter or page has no text.");
    public static readonly DiagnosticCode DuplicateOrder = new("RS0206", "Two chapters of one report and language have the same order.");
    public static readonly DiagnosticCode UnsafeUrl = new("RS0207", "A link or image URL could run script (javascript:, vbscript:, data: other than an image); it was removed.");
    public static readonly DiagnosticCode UnsafeAttribute = new("RS0208", "A {…} attribute in Markdown is an event handler, srcdoc, a script URL or a data-* attribute the theme's scripts read (data-language…); it was removed.");
    public static readonly DiagnosticCode TooDeeplyNested = new("RS0209", "Markdown nests quotes, lists or other blocks too deeply to be read.");
    public static readonly DiagnosticCode UnsafeHtml = new("RS0210", "Raw HTML in Markdown holds an element, attribute or URL that is not allowed (script, iframe, event handlers, style…); it was removed.");
    public static readonly DiagnosticCode TooCostlyLinks = new("RS0211", "Markdown holds so many link brackets in one run that parsing it would take minutes (a text built to hang the build).");
    public static readonly DiagnosticCode UnwrappedHtml = new("RS0212", "A raw HTML element is not one the site publishes (often a docs component such as SimpleTab or Tabs); its tags were dropped and its content kept.");
    public static readonly DiagnosticCode MalformedUrl = new("RS0213", "A link or image URL with a scheme (https:, mailto:…) is not a valid address, e.g. a {placeholder} or space in its host; it is kept as written.");
    public static readonly DiagnosticCode BrokenMath = new("RS0220", "A $…$ or $$…$$ formula is not TeX the converter (Temml) can read: an unclosed brace, an unknown command; it is shown as code.");
    public static readonly DiagnosticCode DuplicateId = new("RS0214", "An id the author gave (a heading's slug or {#id}, the title heading's, a raw HTML id) is already on the page, the theme's (main…), the build's (sec-1, fn-1) or an earlier one; it was renamed user-content-….");
    public static readonly DiagnosticCode UntitledBox = new("RS0225", "A :::box has no title after its kind; it is still numbered (专栏3-1 / Box 3-1) and shown by its number alone.");
    public static readonly DiagnosticCode UnknownCallout = new("RS0215", "A ::: container names a kind of callout the site does not know (a typo such as :::warnig); its content is shown as a plain block.");
    public static readonly DiagnosticCode MissingReference = new("RS0230", "A cross-reference (@tbl-x, @fig-x, @box-x) names no table, figure or box with that id in its page or the other chapters of its report and language.");
    public static readonly DiagnosticCode AmbiguousReference = new("RS0231", "A cross-reference names an id that two chapters of its report and language give a table, figure or box, and the page itself does not.");

    public static readonly DiagnosticCode TemplateError = new("RS0301", "A theme template failed to parse or render.");
    public static readonly DiagnosticCode MissingTranslationString = new("RS0302", "A theme i18n table lacks a string a template asks for.");

    public static readonly DiagnosticCode OutputCollision = new("RS0401", "Two sources would be written to the same output URL.");
    public static readonly DiagnosticCode UnsafeOutput = new("RS0402", "The output folder would replace the input, the theme, a folder holding them, a repository root or the home folder.");
    public static readonly DiagnosticCode ForeignOutput = new("RS0403", "The output folder is not empty and was not written by a build (it lacks the .reportsite-output marker), so it is never replaced.");
    public static readonly DiagnosticCode UnwritableOutput = new("RS0404", "The output folder cannot be written: the path is empty or a file, a file is in its way, or the disk refused a write (read-only, full).");
    public static readonly DiagnosticCode NoPdfBrowser = new("RS0405", "build --pdf found no Chromium or Chrome to print the PDFs with: a warning (the site is built without them), an error when --browser or REPORTSITE_BROWSER names a program that is not there.");
    public static readonly DiagnosticCode PdfPrintFailed = new("RS0406", "build --pdf could not print a print edition to PDF (the browser failed to start, crashed or timed out); the previous output was kept.");

    public static readonly DiagnosticCode DataSchema = new("RS0601", "A data table's schema is wrong: unknown or duplicate column, bad key or type, decimals out of range.");
    public static readonly DiagnosticCode DataValue = new("RS0602", "A data value does not fit its column's type (e.g. text in a number column).");
    public static readonly DiagnosticCode DataBlock = new("RS0603", "A datatable or chart block names an unknown data table, column or option, or gives an option a value out of range (limit=0).");
    public static readonly DiagnosticCode EmptyData = new("RS0604", "A data table has no rows (an empty CSV file, a header only, or no rows: list), or a datatable or chart block selects only empty values, so it would be published empty.");

    public static readonly DiagnosticCode MissingTranslation = new("RS0501", "A chapter or page exists in one language only.");
    public static readonly DiagnosticCode TranslationStampUnmatched = new("RS0502", "translated_from names a language this chapter or page has no version in.");
    public static readonly DiagnosticCode TranslationOutdated = new("RS0503", "The original of a translation changed after the translation was stamped.");
    public static readonly DiagnosticCode HeadingStructureDiffers = new("RS0504", "The zh and en (or other) versions of a chapter or page have different heading structures, so their numbered section anchors do not match.");
    public static readonly DiagnosticCode NumberedElementsDiffer = new("RS0506", "A table, figure or box is in one language version of a chapter and not in the other, so their numbers (图3-2 / Figure 3-2) no longer match.");
    public static readonly DiagnosticCode DuplicateTranslationKey = new("RS0505", "Two chapters or pages of one language (and report) share a translation_key; the second is skipped.");

    /// <summary>All codes, in code order, for documentation.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } = typeof(DiagnosticCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Select(f => f.GetValue(null)).OfType<DiagnosticCode>()
        .OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
}
