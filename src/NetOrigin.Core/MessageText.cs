using System.Text;

namespace NetOrigin;

/// <summary>
/// Errors, rejections and notes quote the values they refuse ('...'), and a value read from a hostile or broken
/// file can be megabytes long. Every quoted value longer than <see cref="MaxQuoted"/> characters is cut, and the
/// whole text at <see cref="MaxLength"/>, so a message stays a line a person can read.
/// </summary>
public static class MessageText
{
    internal const int MaxQuoted = 120;
    internal const int MaxLength = 1000;

    public static string Clip(string message)
    {
        if (message.Length <= MaxQuoted)
        {
            return message;
        }

        var clipped = new StringBuilder(Math.Min(message.Length, MaxLength + 16));
        var i = 0;
        while (i < message.Length && clipped.Length <= MaxLength)
        {
            var open = message.IndexOf('\'', i);
            var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
            if (close < 0)
            {
                clipped.Append(message, i, Math.Min(message.Length - i, MaxLength + 1));
                break;
            }

            clipped.Append(message, i, open + 1 - i);
            var quoted = close - open - 1;
            clipped.Append(message, open + 1, Math.Min(quoted, MaxQuoted));
            if (quoted > MaxQuoted)
            {
                clipped.Append('…');
            }

            clipped.Append('\'');
            i = close + 1;
        }

        return clipped.Length <= MaxLength ? clipped.ToString() : string.Concat(clipped.ToString(0, MaxLength - 1), "…");
    }
}
