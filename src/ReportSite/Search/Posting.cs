namespace ReportSite.Search;

/// <summary>
/// A term's occurrence in a section, scored at build time: the BM25 term-frequency weight
/// quantised to 6 bits, plus flags for a match in the section heading and in the page title.
/// </summary>
internal readonly record struct Posting(int Section, byte Impact)
{
    public const int WeightBits = 63;
    public const byte InHeading = 0x40;
    public const byte InTitle = 0x80;

    /// <summary>BM25's saturation and length normalisation (k1, b), as the client assumes.</summary>
    public const double K1 = 1.2, B = 0.75;

    public static byte Encode(double bm25Weight, bool inHeading, bool inTitle)
    {
        var quantised = (byte)Math.Clamp(Math.Round(bm25Weight / (K1 + 1) * WeightBits), 1, WeightBits);
        return (byte)(quantised | (inHeading ? InHeading : 0) | (inTitle ? InTitle : 0));
    }
}
