using NetOrigin.Policies.Waivers;

namespace NetOrigin.Tests.Policies;

public class WaiverDateTests
{
    private static Waiver Granted(string granted, string expires) =>
        new("w", new WaiverScope("p", null, null, new HashSet<string> { "a" }, new HashSet<string>(), new HashSet<string>(), new HashSet<string>()),
            "why", "who", MiniData.D(granted), MiniData.D(expires), "waivers.yaml:2");

    [Theory]
    [InlineData("9999-06-01", 365, true)]
    [InlineData("9999-06-01", 36_500, true)]
    [InlineData("9999-06-01", 30, false)]
    [InlineData("9999-12-30", 0, false)]
    public void Expiry_within_days_is_judged_without_overflowing_at_the_end_of_the_calendar(string asOf, int days, bool expected) =>
        Assert.Equal(expected, Granted("9999-01-01", "9999-12-31").ExpiresWithin(MiniData.D(asOf), days));

    [Fact]
    public void A_waiver_expiring_on_the_last_day_is_within_one_day_of_the_day_before() =>
        Assert.True(Granted("9999-01-01", "9999-12-31").ExpiresWithin(MiniData.D("9999-12-30"), 1));
}
