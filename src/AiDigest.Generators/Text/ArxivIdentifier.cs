namespace AiDigest.Generators.Text;

/// <summary>arXiv identifiers: <c>YYMM.NNNNN</c> (since 2007) and <c>archive/YYMMNNN</c> (before), version dropped.</summary>
internal static class ArxivIdentifier
{
    public static bool TryNormalize(string candidate, out string id)
    {
        id = string.Empty;
        var text = candidate.Trim();
        var v = text.LastIndexOf('v');
        if (v > 0 && v < text.Length - 1 && AllDigits(text, v + 1, text.Length - v - 1)) text = text.Substring(0, v);

        var dot = text.IndexOf('.');
        if (dot == 4 && AllDigits(text, 0, 4) && AllDigits(text, 5, text.Length - 5))
        {
            var year = ((text[0] - '0') * 10) + (text[1] - '0');
            var month = ((text[2] - '0') * 10) + (text[3] - '0');
            var digits = text.Length - 5;
            // New-style ids began in April 2007; the sequence number grew from four to five digits in January 2015.
            if (year < 7 || month < 1 || month > 12 || (year == 7 && month < 4)) return false;
            if (digits != (year >= 15 ? 5 : 4)) return false;
            id = text;
            return true;
        }

        var slash = text.IndexOf('/');
        if (slash > 0 && text.Length - slash - 1 == 7 && AllDigits(text, slash + 1, 7))
        {
            var archive = text.Substring(0, slash);
            foreach (var c in archive)
            {
                if (!(char.IsLetter(c) && c < 128) && c != '-' && c != '.') return false;
            }
            id = text;
            return true;
        }
        return false;
    }

    private static bool AllDigits(string text, int start, int length)
    {
        if (length <= 0 || start + length > text.Length) return false;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] < '0' || text[i] > '9') return false;
        }
        return true;
    }
}
