using System.Globalization;

namespace NetOrigin.Server.Web;

/// <summary>A coordinate or length as the server-drawn charts write it: invariant culture, at most one decimal.</summary>
public static class SvgNumber
{
    public static string Of(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
