namespace ReportSite.Search;

/// <summary>Unsigned LEB128 integers: 7 bits a byte, small numbers in one byte (the JS client reads the same).</summary>
public static class VarInt
{
    public static void Write(Stream stream, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            stream.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }
        stream.WriteByte((byte)v);
    }
}
