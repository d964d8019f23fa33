namespace ReportSite.Data.Charts;

/// <summary>Axis ticks at round numbers (1, 2 or 5 times a power of ten) from zero to at least the largest value.</summary>
public static class NiceScale
{
    public static IReadOnlyList<double> Ticks(double max, int targetCount = 5)
    {
        if (max <= 0 || !double.IsFinite(max)) return [0, 1];
        var rough = max / targetCount;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1.0, 2.0, 2.5, 5.0, 10.0 }.Select(m => m * magnitude).First(s => s >= rough);
        var ticks = new List<double>();
        for (var t = 0.0; t < max + step * 0.999; t += step) ticks.Add(Math.Round(t, 10));
        return ticks;
    }
}
