using System.Data.Common;

namespace NetOrigin.Storage.Sql;

/// <summary>
/// Reads stored chunks in order, one query per chunk (<paramref name="sql"/> selects the one numbered
/// <c>@chunk</c> of <paramref name="key"/>), so memory holds one chunk at a time; the end is the first number missing.
/// </summary>
internal sealed class ChunkStream(Database database, string sql, params (string Name, object? Value)[] key) : Stream
{
    private byte[] _chunk = [];
    private int _offset;
    private int _next;
    private bool _done;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_offset == _chunk.Length)
        {
            if (_done || !Load())
            {
                _done = true;
                return 0;
            }
        }

        var n = Math.Min(count, _chunk.Length - _offset);
        Array.Copy(_chunk, _offset, buffer, offset, n);
        _offset += n;
        return n;
    }

    private bool Load()
    {
        using DbConnection connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in key.Append(("chunk", _next)))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        if (command.ExecuteScalar() is not byte[] data)
        {
            return false;
        }

        _chunk = data;
        _offset = 0;
        _next++;
        return true;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
