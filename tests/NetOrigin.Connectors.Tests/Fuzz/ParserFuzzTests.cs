using NetOrigin.Fuzzing;

namespace NetOrigin.Connectors.Tests.Fuzz;

/// <summary>
/// The connectors' parsers under the suite's seeded fuzz run (tests/NetOrigin.Fuzzing): mutated SNMP replies are
/// refused with BER or cryptographic errors or mapped to records, mutated NetBox pages stop the import with a NetBox
/// error naming the URL or are read object by object, and nothing escapes, hangs or runs away with memory.
/// </summary>
public sealed class ParserFuzzTests
{
    public static TheoryData<string> Targets => new(FuzzTargets.Connectors.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Targets))]
    public void Mutated_replies_are_refused_or_read_never_crash(string target)
    {
        if (FuzzSuite.Check(target) is { } failure)
        {
            Assert.Fail(failure);
        }
    }
}
