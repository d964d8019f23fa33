namespace ReportSite.Data.Charts;

/// <summary>Axis ticks at round numbers (1, 2 or 5 times a power of ten) from zero to at least the largest value.</summary>
internal static class NiceScale
{
    private static readonly double[] Multiples = [1.0, 2.0, 2.5, 5.0, 10.0];

    /// <summary>
    /// The ticks, always finite, increasing and ending above zero. Data files only hold values in
    /// <see cref="DataValue"/>'s range, but the scale must still end for any double it is given: a step
    /// that underflows to zero (subnormal maxima) or overflows used to loop for ever or draw Infinity.
    /// </summary>
    public static IReadOnlyList<double> Ticks(double max, int targetCount = 5)
    {
        targetCount = Math.Clamp(targetCount, 1, 20);
        if (!(max >= DataValue.Smallest) || !double.IsFinite(max)) return [0, 1];
        max = Math.Min(max, 1e300); // leaves room for one step above it without overflowing
        var rough = max / targetCount;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var multiple = Multiples.First(m => m * magnitude >= rough);
        var step = multiple * magnitude;
        // Counted, not accumulated: the loop ends whatever rounding does to the sum.
        var count = (int)Math.Min(Math.Ceiling(max / step - 0.001), 2 * targetCount + 2);
        var ticks = new List<double>(count + 1);
        for (var i = 0; i <= count; i++) ticks.Add(Tick(i * multiple, magnitude));
        return ticks;
    }

    /// <summary>i·m·10^k with the multiple rounded first, so that 3 × 0.1 shows as 0.3, not 0.30000000000000004.</summary>
    private static double Tick(double multiples, double magnitude)
    {
        var tick = multiples * magnitude;
        var digits = (int)Math.Clamp(-Math.Floor(Math.Log10(magnitude)) + 1, 0, 15);
        return Math.Round(tick, digits);
    }
}
