using NetOrigin.Fuzzing.Targets;

namespace NetOrigin.Tests.Fuzzing;

/// <summary>Mutated inventories never crash, hang or exhaust memory, and every record is counted once.</summary>
public class InventoryFuzzTests
{
    public static TheoryData<string> Targets => FuzzTestRun.TargetsWhere(t => t is InventoryTarget);

    [Theory]
    [MemberData(nameof(Targets))]
    public void Mutated_inventories_are_read_or_refused_with_every_record_counted(string target) => FuzzTestRun.AssertNoFailures(target);
}
