using NetOrigin.Fuzzing.Targets;

namespace NetOrigin.Tests.Fuzzing;

/// <summary>Mutated data files (YAML, fingerprint XML, registry listings) never crash, hang or exhaust memory.</summary>
public class DataFileFuzzTests
{
    public static TheoryData<string> Targets => FuzzTestRun.TargetsWhere(t => t is not InventoryTarget);

    [Theory]
    [MemberData(nameof(Targets))]
    public void Mutated_data_files_are_read_or_refused_with_an_error_naming_the_file(string target) => FuzzTestRun.AssertNoFailures(target);
}
