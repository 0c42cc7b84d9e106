using System.Globalization;
using System.Text.Json;

namespace NetOrigin.Planning.Tests;

/// <summary>
/// A US regional carrier's Huawei and ZTE core and RAN under the programme's one-year removal term: first with
/// 39.5% of the cost funded (the programme's proration until 2024), then fully funded.
/// </summary>
public sealed class RegionalCarrierPlanTests
{
    private static readonly string[] Common = ["--roles", "core,ran", "--start", "2026-01-05", "--crews", "6", "--time-limit", "20", "--workers", "1"];

    private static double FullCost()
    {
        var plan = Cli.Plan([Cli.RegionalCarrierInventory, .. Common, "--no-fixes"]);
        return plan.GetProperty("totals").GetProperty("cost_all_items").GetDouble();
    }

    private static string Budget(double amount) => Scratch.File("budget.yaml", $$"""
        currency: USD
        periods:
          - {from: 2026-01-01, to: 2027-01-01, amount: {{Cli.Money(amount)}}}
        programme:
          name: Secure and Trusted Communications Networks Reimbursement Program
          packs: [us-fcc-covered-list]
          designations: [huawei, zte]
          obtained_by: 2020-06-30
          first_disbursement: 2026-01-05
          term_months: 12
        """);

    [Fact]
    public void With_39_5_percent_funding_the_plan_misses_the_term_explains_why_and_names_the_money_that_would_meet_it()
    {
        var total = FullCost();
        var plan = Cli.Plan([Cli.RegionalCarrierInventory, .. Common, "--budget", Budget(total * 0.395)]);

        var objectives = plan.GetProperty("objectives");
        Assert.True(objectives.GetProperty("items_missed").GetInt32() > 0);
        Assert.True(plan.GetProperty("totals").GetProperty("cost").GetDouble() <= total * 0.395 + 1);

        var deadline = plan.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("date").GetString() == "2027-01-04");
        Assert.True(deadline.GetProperty("missed").GetInt32() > 0);
        var money = deadline.GetProperty("fixes").EnumerateArray().Select(f => f.GetString()!).Single(f => f.EndsWith("more in 2026", StringComparison.Ordinal));
        var extra = ParseMoney(money.Split(' ')[0]);
        Assert.InRange(extra, 1, total * 0.605 * 1.01 + 1000);

        // Every item left out says the budget stopped it.
        var late = plan.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("deadline").ValueKind == JsonValueKind.Object && !i.GetProperty("deadline").GetProperty("met").GetBoolean()).ToList();
        Assert.NotEmpty(late);
        Assert.All(late, i => Assert.Contains("budget", i.GetProperty("binding").EnumerateArray().Select(b => b.GetString())));

        // Never worse than the spreadsheet baseline.
        Assert.True(objectives.GetProperty("deadline_misses").GetInt64() <= plan.GetProperty("baseline").GetProperty("deadline_misses").GetInt64());
    }

    [Fact]
    public void Fully_funded_the_same_network_meets_the_one_year_term()
    {
        var total = FullCost();
        var plan = Cli.Plan([Cli.RegionalCarrierInventory, .. Common, "--budget", Budget(total), "--what-if", "crews-1,extension+6m"]);

        Assert.Equal(0, plan.GetProperty("objectives").GetProperty("items_missed").GetInt32());
        Assert.All(plan.GetProperty("deadlines").EnumerateArray(), d => Assert.Equal(0, d.GetProperty("missed").GetInt32()));
        Assert.Equal(0, plan.GetProperty("totals").GetProperty("unscheduled").GetInt32());

        // The core cuts over before any RAN work starts.
        var visits = plan.GetProperty("visits").EnumerateArray().ToList();
        var coreCutOver = visits.Where(v => v.GetProperty("phase").GetString() == "core").Max(v => v.GetProperty("cut_over").GetString()!);
        var ranStart = visits.Where(v => v.GetProperty("phase").GetString() != "core").Min(v => v.GetProperty("start").GetString()!);
        Assert.True(string.CompareOrdinal(ranStart, coreCutOver) >= 0, $"RAN starts {ranStart} before the core cuts over {coreCutOver}");

        Assert.Equal(["crews-1", "extension+6m"], plan.GetProperty("what_if").EnumerateArray().Select(w => w.GetProperty("name").GetString()!));
        Assert.Equal("optimal", plan.GetProperty("solver").GetProperty("status").GetString());
    }

    private static double ParseMoney(string text)
    {
        var number = text.TrimStart('$');
        var factor = number.EndsWith('M') ? 1e6 : number.EndsWith('k') ? 1e3 : 1;
        return double.Parse(number.TrimEnd('M', 'k'), CultureInfo.InvariantCulture) * factor;
    }
}
