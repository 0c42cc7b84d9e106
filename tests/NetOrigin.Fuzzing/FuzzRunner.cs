using System.Diagnostics;

namespace NetOrigin.Fuzzing;

/// <summary>The bounds every case must keep.</summary>
/// <param name="CaseTimeout">A case still running after this is a hang (the bound is generous: it catches runaway work, not slowness).</param>
/// <param name="MaxAllocatedBytes">A case that allocates more than this in all is a memory failure (an upper bound on what it could hold).</param>
/// <param name="MaxMessageChars">An input error's message longer than this is not a clear error.</param>
public sealed record FuzzLimits(TimeSpan CaseTimeout, long MaxAllocatedBytes, int MaxMessageChars = 2048)
{
    /// <summary>
    /// Wall-clock time, so generous that only runaway work reaches it even on a busy machine (the long runs share
    /// theirs); allocation, an upper bound on the memory a case could have held.
    /// </summary>
    public static readonly FuzzLimits Default = new(TimeSpan.FromSeconds(30), 1L << 30);
}

/// <summary>Runs and counts one target's cases.</summary>
public sealed class FuzzReport(string target)
{
    private readonly Dictionary<FuzzVerdict, int> _counts = Enum.GetValues<FuzzVerdict>().ToDictionary(v => v, _ => 0);

    public string Target { get; } = target;
    public int Runs { get; private set; }
    public List<FuzzFailure> Failures { get; } = [];
    public TimeSpan Elapsed { get; internal set; }

    /// <summary>Processor time the process spent on the run (a fairer measure than wall time on a busy machine).</summary>
    public TimeSpan ProcessorTime { get; internal set; }
    public TimeSpan SlowestCase { get; private set; }

    /// <summary>The number of the slowest case, to run it alone (bench/fuzz --case N) and see where the time goes.</summary>
    public int SlowestCaseNumber { get; private set; }
    public long LargestAllocation { get; private set; }

    public int Count(FuzzVerdict verdict) => _counts[verdict];

    internal void Add(int number, FuzzResult result)
    {
        Runs++;
        _counts[result.Verdict]++;
        if (result.Elapsed > SlowestCase)
        {
            (SlowestCase, SlowestCaseNumber) = (result.Elapsed, number);
        }

        LargestAllocation = Math.Max(LargestAllocation, result.AllocatedBytes);
    }
}

/// <summary>
/// Runs fuzz cases in this process, each on a worker thread the harness watches: a case that outlives
/// <see cref="FuzzLimits.CaseTimeout"/> is reported as a hang and its worker abandoned (a background thread), a
/// case that allocates more than <see cref="FuzzLimits.MaxAllocatedBytes"/> as a memory failure, an exception
/// other than the target's input errors as a crash.
/// </summary>
public sealed class FuzzRunner(FuzzLimits limits) : IDisposable
{
    /// <summary>The stack a program's main thread has on Linux; parsers get no more here than there.</summary>
    private const int WorkerStack = 8 << 20;

    private Worker? _worker;

    public FuzzLimits Limits { get; } = limits;

    /// <summary>
    /// Runs the target's first seed once without a time bound, so that what every case shares — just-in-time
    /// compilation, reference data loaded on first use — is not charged to the first timed case.
    /// </summary>
    public void WarmUp(IFuzzTarget target)
    {
        _worker ??= new Worker();
        var seed = target.Seeds.Count > 0 ? target.Seeds[0] : [];
        _ = _worker.TryRun(() => Execute(target, seed, _worker.Scratch), Timeout.InfiniteTimeSpan, out _);
    }

    /// <summary>Runs one input through <paramref name="target"/> within the bounds.</summary>
    public FuzzResult Run(IFuzzTarget target, byte[] input)
    {
        _worker ??= new Worker();
        if (_worker.TryRun(() => Execute(target, input, _worker.Scratch), Limits.CaseTimeout, out var result))
        {
            return result;
        }

        _worker = null;
        return new FuzzResult(FuzzVerdict.Hang, $"still running after {Limits.CaseTimeout.TotalSeconds:0.#} s", Limits.CaseTimeout, 0);
    }

    /// <summary>
    /// Runs <paramref name="cases"/> mutated inputs (or as many as fit in <paramref name="budget"/>) through
    /// <paramref name="target"/>. Case i is the same input for the same seed on any machine.
    /// </summary>
    public FuzzReport Fuzz(IFuzzTarget target, ulong seed, int cases, MutatorLimits mutatorLimits, TimeSpan? budget = null, int firstCase = 0)
    {
        var report = new FuzzReport(target.Name);
        WarmUp(target);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = firstCase; i < firstCase + cases && (budget is null || clock.Elapsed < budget); i++)
        {
            var (input, mutations) = Generate(target, seed, i, mutatorLimits);
            var result = Run(target, input);
            report.Add(i, result);
            if (result.IsFailure)
            {
                report.Failures.Add(new FuzzFailure(target.Name, seed, i, mutations, result, input));
                if (result.Verdict == FuzzVerdict.Hang && report.Count(FuzzVerdict.Hang) >= 3)
                {
                    // Every abandoned worker still burns a core; three hangs say enough about this target.
                    break;
                }
            }
        }

        report.Elapsed = clock.Elapsed;
        report.ProcessorTime = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return report;
    }

    /// <summary>Case <paramref name="index"/> of <paramref name="target"/> under <paramref name="seed"/>.</summary>
    public static (byte[] Input, string Mutations) Generate(IFuzzTarget target, ulong seed, int index, MutatorLimits limits)
    {
        var random = FuzzRandom.ForCase(seed, target.Name, index);
        return Mutator.Mutate(target.Seeds, target.Tokens, ref random, limits);
    }

    public void Dispose() => _worker?.Dispose();

    private FuzzResult Execute(IFuzzTarget target, byte[] input, FuzzScratch scratch)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        FuzzVerdict verdict;
        string? detail;
        try
        {
            detail = target.Run(input, scratch);
            verdict = detail is null ? FuzzVerdict.Read : FuzzVerdict.Broken;
        }
        catch (Exception ex) when (target.IsInputError(ex))
        {
            (verdict, detail) = ex.Message.Length > Limits.MaxMessageChars
                ? (FuzzVerdict.Broken, $"the input error's message is {ex.Message.Length} characters long: {ex.Message[..200]}…")
                : !ex.Message.Contains(FuzzTargets.InputName, StringComparison.Ordinal)
                    ? (FuzzVerdict.Broken, $"the input error does not name the file: {ex.Message}")
                    : (FuzzVerdict.InputError, ex.Message);
        }
        catch (Exception ex)
        {
            verdict = ex is OutOfMemoryException or InsufficientExecutionStackException ? FuzzVerdict.Memory : FuzzVerdict.Crash;
            detail = $"{ex.GetType().FullName}: {ex.Message}\n{ex.StackTrace}";
        }

        var elapsed = clock.Elapsed;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        if (allocated > Limits.MaxAllocatedBytes && verdict is FuzzVerdict.Read or FuzzVerdict.InputError)
        {
            (verdict, detail) = (FuzzVerdict.Memory, $"allocated {allocated >> 20} MiB for a {input.Length >> 10} KiB input");
        }

        return new FuzzResult(verdict, detail, elapsed, allocated);
    }

    /// <summary>A thread that runs one case at a time; abandoned (never joined) when a case hangs.</summary>
    private sealed class Worker : IDisposable
    {
        private readonly SemaphoreSlim _start = new(0);
        private readonly SemaphoreSlim _done = new(0);
        private Func<FuzzResult>? _job;
        private FuzzResult? _result;
        private volatile bool _stopping;

        public Worker()
        {
            new Thread(Loop, WorkerStack) { IsBackground = true, Name = "fuzz case" }.Start();
        }

        public FuzzScratch Scratch { get; } = new();

        public bool TryRun(Func<FuzzResult> job, TimeSpan timeout, out FuzzResult result)
        {
            _job = job;
            _start.Release();
            if (_done.Wait(timeout))
            {
                result = _result!;
                return true;
            }

            result = null!;
            return false;
        }

        public void Dispose()
        {
            _stopping = true;
            _start.Release();
            Scratch.Dispose();
        }

        private void Loop()
        {
            while (true)
            {
                _start.Wait();
                if (_stopping)
                {
                    return;
                }

                _result = _job!();
                _done.Release();
            }
        }
    }
}
