using NetOrigin.ReferenceData;

namespace NetOrigin.Identification.Fingerprints;

/// <summary>
/// A fingerprint catalog compiled to a binary image (framed and keyed as every <see cref="CompiledImage"/>): every
/// database with its fingerprints as the reader left them — patterns already translated and checked, prefilter
/// literals and leading-character sets already derived — and the notes of what was skipped. A run that finds a
/// current image neither parses XML nor analyses a pattern; expressions are still built only when a text needs them.
/// </summary>
internal static class FingerprintImage
{
    private const string Magic = "NetOrigin fingerprint image";

    /// <summary>Raised whenever the layout below (or what the reader derives from a file) changes.</summary>
    private const int FormatVersion = 1;

    /// <summary>
    /// The key of the catalog read from <paramref name="directories"/>: each directory's full path and display
    /// prefix, and the name and digest of every *.xml in it, in the order they are read.
    /// </summary>
    public static string KeyOf(IEnumerable<(string Directory, string DisplayPrefix)> directories, TimeSpan matchTimeout, FileDigests digests) =>
        CompiledImage.KeyOf("fingerprints", Magic, FormatVersion, Inputs(directories, matchTimeout), digests);

    private static IEnumerable<(string, string?)> Inputs(IEnumerable<(string Directory, string DisplayPrefix)> directories, TimeSpan matchTimeout)
    {
        yield return ($"timeout {matchTimeout.Ticks}", null);
        foreach (var (directory, prefix) in directories)
        {
            var full = Path.GetFullPath(directory);
            yield return ($"directory {directory} at {full} as {prefix}", null);
            if (Directory.Exists(full))
            {
                foreach (var path in FingerprintCatalog.FilesIn(full))
                {
                    yield return (Path.GetFileName(path), path);
                }
            }
        }
    }

    public static byte[] Write(string key, FingerprintCatalog catalog) => CompiledImage.Write(Magic, FormatVersion, key, writer =>
    {
        writer.Write(catalog.Notes.Count);
        foreach (var note in catalog.Notes)
        {
            writer.Write(note);
        }

        writer.Write(catalog.Databases.Count);
        foreach (var database in catalog.Databases)
        {
            writer.Write(database.Path);
            writer.Write(database.DisplayPath);
            writer.Write(database.Matches);
            writer.WriteNullable(database.Protocol);
            writer.WriteNullable(database.DatabaseType);
            writer.WriteNullable(database.Version);
            writer.WriteNullable(database.Preference);
            writer.Write(database.Fingerprints.Count);
            foreach (var fingerprint in database.Fingerprints)
            {
                Write(writer, fingerprint);
            }
        }
    });

    public static FingerprintCatalog? TryRead(byte[] image, string key) =>
        CompiledImage.TryRead(image, Magic, FormatVersion, key, Read, out var catalog) ? catalog : null;

    private static void Write(BinaryWriter writer, Fingerprint fingerprint)
    {
        writer.Write(fingerprint.Description);
        writer.Write(fingerprint.Pattern);
        writer.Write((int)fingerprint.Options);
        writer.Write(fingerprint.MatchTimeout.Ticks);
        writer.Write(fingerprint.Params.Count);
        foreach (var param in fingerprint.Params)
        {
            writer.Write(param.Position);
            writer.Write(param.Name);
            writer.WriteNullable(param.Value);
        }

        writer.Write(fingerprint.Examples.Count);
        foreach (var example in fingerprint.Examples)
        {
            writer.Write(example.Text);
            writer.Write(example.Line);
            writer.Write(example.Expected.Count);
            foreach (var (name, value) in example.Expected)
            {
                writer.Write(name);
                writer.Write(value);
            }
        }

        writer.Write(fingerprint.Prefilter.Count);
        foreach (var literal in fingerprint.Prefilter)
        {
            writer.Write(literal);
        }

        writer.WriteNullable(fingerprint.Certainty);
        writer.Write(fingerprint.Line);
        writer.Write(fingerprint.Leading.HasValue);
        if (fingerprint.Leading is { } leading)
        {
            writer.Write((ulong)(leading >> 64));
            writer.Write((ulong)leading);
        }
    }

    private static FingerprintCatalog Read(BinaryReader reader)
    {
        var notes = new string[reader.ReadCount()];
        for (var i = 0; i < notes.Length; i++)
        {
            notes[i] = reader.ReadString();
        }

        var databases = new FingerprintDatabase[reader.ReadCount()];
        for (var d = 0; d < databases.Length; d++)
        {
            var path = reader.ReadString();
            var displayPath = reader.ReadString();
            var matches = reader.ReadString();
            var protocol = reader.ReadNullableString();
            var databaseType = reader.ReadNullableString();
            var version = reader.ReadNullableString();
            var preference = reader.ReadNullableDouble();
            var fingerprints = new Fingerprint[reader.ReadCount()];
            for (var f = 0; f < fingerprints.Length; f++)
            {
                fingerprints[f] = ReadFingerprint(reader);
            }

            databases[d] = new FingerprintDatabase(path, displayPath, matches, protocol, databaseType, version, preference, fingerprints);
        }

        return FingerprintCatalog.Of(databases, notes);
    }

    private static Fingerprint ReadFingerprint(BinaryReader reader)
    {
        var description = reader.ReadString();
        var pattern = reader.ReadString();
        var options = (System.Text.RegularExpressions.RegexOptions)reader.ReadInt32();
        var matchTimeout = TimeSpan.FromTicks(reader.ReadInt64());
        var parameters = new FingerprintParam[reader.ReadCount()];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = new FingerprintParam(reader.ReadInt32(), reader.ReadString(), reader.ReadNullableString());
        }

        var examples = new FingerprintExample[reader.ReadCount()];
        for (var i = 0; i < examples.Length; i++)
        {
            var text = reader.ReadString();
            var line = reader.ReadInt32();
            var count = reader.ReadCount();
            var expected = new Dictionary<string, string>(count, StringComparer.Ordinal);
            for (var j = 0; j < count; j++)
            {
                expected.Add(reader.ReadString(), reader.ReadString());
            }

            examples[i] = new FingerprintExample(text, expected, line);
        }

        var prefilter = new string[reader.ReadCount()];
        for (var i = 0; i < prefilter.Length; i++)
        {
            prefilter[i] = reader.ReadString();
        }

        var certainty = reader.ReadNullableDouble();
        var fingerprintLine = reader.ReadInt32();
        UInt128? leading = reader.ReadBoolean() ? new UInt128(reader.ReadUInt64(), reader.ReadUInt64()) : null;
        return new Fingerprint(description, pattern, options, matchTimeout, parameters, examples, prefilter, certainty, fingerprintLine, leading);
    }
}
