namespace NetOrigin.Fuzzing;

/// <summary>
/// The regression corpus: small inputs (most of them minimised fuzz findings) that once crashed, hung or broke an
/// invariant, kept in Corpus/TARGET/ and replayed on every test run.
/// </summary>
public static class FuzzCorpus
{
    /// <summary>Every corpus file with the target it belongs to.</summary>
    public static IEnumerable<(IFuzzTarget Target, string File)> Entries()
    {
        foreach (var target in FuzzTargets.All)
        {
            var directory = Path.Combine(FuzzSeeds.CorpusDirectory, target.Name);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(directory).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
            {
                yield return (target, file);
            }
        }
    }

    /// <summary>Saves a (minimised) failing input as a new corpus file in <paramref name="corpusRoot"/> and returns its path.</summary>
    public static string Save(string corpusRoot, IFuzzTarget target, FuzzFailure failure, byte[] input)
    {
        var directory = Path.Combine(corpusRoot, target.Name);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{failure.Result.Verdict.ToString().ToLowerInvariant()}-seed{failure.Seed}-case{failure.Case}.{target.Extension}");
        File.WriteAllBytes(path, input);
        return path;
    }
}
