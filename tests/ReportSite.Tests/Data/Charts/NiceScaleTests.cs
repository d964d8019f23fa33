using ReportSite.Data.Charts;

namespace ReportSite.Tests.Data.Charts;

public class NiceScaleTests
{
    [Theory]
    [InlineData(5e-324)] // subnormal: the step underflowed to zero and the loop never ended
    [InlineData(2.2250738585072014E-308)]
    [InlineData(1e-12)]
    [InlineData(1e308)] // a step above it overflowed
    [InlineData(double.MaxValue)]
    [InlineData(-0.0)]
    [InlineData(0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Ticks_for_any_maximum_are_few_finite_and_increasing(double max)
    {
        var ticks = NiceScale.Ticks(max);
        Assert.InRange(ticks.Count, 2, 12);
        Assert.All(ticks, t => Assert.True(double.IsFinite(t)));
        Assert.True(ticks.Zip(ticks.Skip(1)).All(p => p.First < p.Second));
    }

    [Theory]
    [InlineData(100, new[] { 0.0, 20, 40, 60, 80, 100 })]
    [InlineData(101, new[] { 0.0, 25, 50, 75, 100, 125 })]
    [InlineData(0.3, new[] { 0.0, 0.1, 0.2, 0.3 })]
    [InlineData(1e-9, new[] { 0.0, 2e-10, 4e-10, 6e-10, 8e-10, 1e-9 })]
    public void Ticks_are_round_numbers_from_zero_to_at_least_the_maximum(double max, double[] expected) =>
        Assert.Equal(expected, NiceScale.Ticks(max));
}
