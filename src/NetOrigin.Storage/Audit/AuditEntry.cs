using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NetOrigin.Storage.Audit;

/// <summary>
/// One change in a tenant's audit log: who did what to which object, when, with details as JSON; chained to the
/// entry before it by <see cref="PreviousHash"/>, and <see cref="Hash"/> = SHA-256 of all of it.
/// </summary>
public sealed record AuditEntry(
    long TenantId,
    long Seq,
    DateTimeOffset At,
    string Actor,
    string Action,
    string Target,
    string Details,
    string PreviousHash,
    string Hash)
{
    /// <summary>The previous hash of a tenant's first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly JsonWriterOptions Canonical = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The hash of an entry's content: SHA-256 over one JSON object of its fields in a fixed order (details as the
    /// exact text stored), as lower-case hex.
    /// </summary>
    public static string ComputeHash(long tenantId, long seq, DateTimeOffset at, string actor, string action, string target, string details, string previousHash)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256 + details.Length);
        using (var json = new Utf8JsonWriter(buffer, Canonical))
        {
            json.WriteStartObject();
            json.WriteNumber("tenant", tenantId);
            json.WriteNumber("seq", seq);
            json.WriteString("at", at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            json.WriteString("actor", actor);
            json.WriteString("action", action);
            json.WriteString("target", target);
            json.WriteString("details", details);
            json.WriteString("prev", previousHash);
            json.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    public string ExpectedHash => ComputeHash(TenantId, Seq, At, Actor, Action, Target, Details, PreviousHash);

    /// <summary>Details as a JSON object from (name, value) pairs; values are strings, numbers, booleans or null.</summary>
    public static string DetailsOf(params (string Name, object? Value)[] details)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer, Canonical))
        {
            json.WriteStartObject();
            foreach (var (name, value) in details)
            {
                json.WritePropertyName(name);
                switch (value)
                {
                    case null:
                        json.WriteNullValue();
                        break;
                    case bool b:
                        json.WriteBooleanValue(b);
                        break;
                    case long or int or short:
                        json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                        break;
                    case DateOnly d:
                        json.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        break;
                    case IEnumerable<string> list:
                        json.WriteStartArray();
                        foreach (var item in list)
                        {
                            json.WriteStringValue(item);
                        }

                        json.WriteEndArray();
                        break;
                    default:
                        json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                        break;
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
