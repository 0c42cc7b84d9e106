using System.Diagnostics;
using NetOrigin.Identification.Fingerprints;

namespace NetOrigin.Tests.Identification;

/// <summary>Fingerprint files may come from users: the reader must be safe and must say what it skipped.</summary>
public class FingerprintFileReaderTests
{
    private static FingerprintDatabase? Read(string xml, List<string> notes, TimeSpan? timeout = null)
    {
        var path = TestData.WriteTemp("fp.xml", xml);
        return FingerprintFileReader.Read(path, "user/fp.xml", notes, timeout);
    }

    private static string File(string body, string matches = "ssh.banner") =>
        $"<?xml version=\"1.0\"?>\n<fingerprints matches=\"{matches}\" version=\"7\">\n{body}\n</fingerprints>\n";

    [Fact]
    public void A_recog_style_file_is_read_with_params_examples_and_version()
    {
        var notes = new List<string>();
        var db = Read(File("""
              <fingerprint pattern="^Acme-SSH_([\d.]+)$" flags="REG_ICASE">
                <description>Acme router SSH</description>
                <example os.version="2.1">Acme-SSH_2.1</example>
                <example _encoding="base64" os.version="3.0">QWNtZS1TU0hfMy4w</example>
                <param pos="0" name="hw.vendor" value="Acme"/>
                <param pos="1" name="os.version"/>
                <param pos="0" name="os.cpe23" value="cpe:/o:acme:os:{os.version}"/>
              </fingerprint>
            """), notes)!;

        Assert.Empty(notes);
        Assert.Equal("7", db.Version);
        Assert.Equal("ssh.banner", db.Matches);
        var fingerprint = Assert.Single(db.Fingerprints);
        Assert.Equal(["Acme-SSH_"], fingerprint.Prefilter);
        Assert.Equal("Acme-SSH_3.0", fingerprint.Examples[1].Text);
        Assert.Equal(FingerprintOutcome.Matched, fingerprint.TryMatch("acme-ssh_2.1", out var match));
        Assert.Equal("Acme", match!.HwVendor);
        Assert.Equal("2.1", match["os.version"]);
        Assert.Equal("cpe:/o:acme:os:2.1", match["os.cpe23"]);
    }

    [Fact]
    public void A_document_type_definition_is_refused_so_entities_cannot_expand()
    {
        var notes = new List<string>();
        var db = Read("""
            <?xml version="1.0"?>
            <!DOCTYPE fingerprints [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <fingerprints matches="ssh.banner"><fingerprint pattern="&b;"><param pos="0" name="hw.vendor" value="x"/></fingerprint></fingerprints>
            """, notes);
        Assert.Null(db);
        Assert.Contains(notes, n => n.Contains("user/fp.xml", StringComparison.Ordinal) && n.Contains("not usable XML", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_fingerprints_are_skipped_with_a_note_and_the_rest_are_used()
    {
        var notes = new List<string>();
        var db = Read(File("""
              <fingerprint pattern="^ok$"><description>good</description><param pos="0" name="hw.vendor" value="A"/></fingerprint>
              <fingerprint pattern="^(unclosed$"><description>bad pattern</description><param pos="0" name="hw.vendor" value="A"/></fingerprint>
              <fingerprint pattern="^x$" flags="REG_EXTENDED"><description>bad flag</description><param pos="0" name="hw.vendor" value="A"/></fingerprint>
              <fingerprint pattern="^y$"><description>bad param</description><param pos="0" name="hw.vendor"/></fingerprint>
            """), notes)!;

        Assert.Equal(["good"], db.Fingerprints.Select(f => f.Description));
        Assert.Equal(3, notes.Count);
        Assert.Contains(notes, n => n.Contains("'bad pattern'", StringComparison.Ordinal) && n.Contains("user/fp.xml:", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("REG_EXTENDED", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("'bad param'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_without_matches_or_with_another_root_is_not_read()
    {
        var notes = new List<string>();
        Assert.Null(Read("<fingerprints><fingerprint pattern=\"x\"/></fingerprints>", notes));
        Assert.Null(Read("<html><body/></html>", notes));
        Assert.Equal(2, notes.Count);
    }

    [Fact]
    public void An_oversized_file_is_not_read()
    {
        var path = TestData.WriteTemp("big.xml", "");
        using (var stream = new FileStream(path, FileMode.Open))
        {
            stream.SetLength(FingerprintFileReader.MaxFileBytes + 1);
        }

        var notes = new List<string>();
        Assert.Null(FingerprintFileReader.Read(path, "big.xml", notes));
        Assert.Contains("larger than", Assert.Single(notes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_catastrophically_backtracking_pattern_times_out_is_noted_and_is_switched_off()
    {
        // The lookahead keeps it on the backtracking engine (the linear one has no lookarounds).
        var notes = new List<string>();
        var db = Read(File("""
              <fingerprint pattern="^(?=a)(a|aa)+$"><description>evil</description><param pos="0" name="hw.vendor" value="Evil"/></fingerprint>
              <fingerprint pattern="aaaa"><description>fine</description><param pos="0" name="hw.vendor" value="Fine"/></fingerprint>
            """), notes, TimeSpan.FromMilliseconds(20))!;
        var set = new FingerprintSet([db]);
        var text = new string('a', 60) + "!";
        var clock = Stopwatch.StartNew();
        var results = new List<FingerprintMatch>();
        for (var i = 0; i < 10; i++)
        {
            results.Clear();
            set.Match(text, results, notes);

            // The well-behaved fingerprint after the evil one still answers.
            Assert.Equal("Fine", Assert.Single(results).HwVendor);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Contains(notes, n => n.Contains("'evil'", StringComparison.Ordinal) && n.Contains("limit", StringComparison.Ordinal));
        Assert.True(db.Fingerprints[0].Disabled);
        Assert.Equal(FingerprintOutcome.Disabled, db.Fingerprints[0].TryMatch(text, out _));
    }

    [Fact]
    public void A_time_out_on_the_interpreter_is_not_counted_but_compiles_the_expression_and_asks_it_again()
    {
        // A lookahead has no linear twin, so only the backtracking engines can answer; the interpreter is the slower.
        var notes = new List<string>();
        var db = Read(File("""
              <fingerprint pattern="^(?=a)(a|aa)+$"><description>evil</description><param pos="0" name="hw.vendor" value="Evil"/></fingerprint>
            """), notes, TimeSpan.FromMilliseconds(20))!;
        var evil = db.Fingerprints[0];
        var text = new string('a', 60) + "!";
        Assert.False(evil.RunsCompiled);

        Assert.Equal(FingerprintOutcome.TimedOut, evil.TryMatch(text, out _));

        Assert.True(evil.RunsCompiled);
        Assert.Equal(FingerprintOutcome.TimedOut, evil.TryMatch(text, out _));
        Assert.False(evil.Disabled);
        Assert.Equal(FingerprintOutcome.TimedOut, evil.TryMatch(text, out _));
        Assert.True(evil.Disabled);
    }

    [Fact]
    public void A_match_past_the_time_limit_is_answered_by_the_linear_engine_so_the_outcome_never_depends_on_time()
    {
        // Catastrophic for a backtracking engine, and under a limit no backtracking run could keep (as on a machine
        // too busy to run anything in time): the linear engine gives the answer, with no note.
        var notes = new List<string>();
        var db = Read(File("""
              <fingerprint pattern="^(a|aa)+$"><description>nested</description><param pos="0" name="hw.vendor" value="Nested"/></fingerprint>
              <fingerprint pattern="^(a+)+b"><description>nested plus</description><param pos="0" name="hw.vendor" value="Plus"/></fingerprint>
            """), notes, TimeSpan.FromTicks(1))!;
        var text = new string('a', 5_000) + "!";

        foreach (var fingerprint in db.Fingerprints)
        {
            Assert.NotNull(fingerprint.LinearExpression);
            Assert.Equal(FingerprintOutcome.NoMatch, fingerprint.TryMatch(text, out _));
            Assert.Equal(FingerprintOutcome.Matched, fingerprint.TryMatch(new string('a', 5_000) + (fingerprint.Description == "nested" ? "" : "b"), out var match));
            Assert.NotNull(match);
            Assert.False(fingerprint.Disabled);
        }

        Assert.Empty(notes);
    }
}
