using System.IO.Compression;
using System.Security.Cryptography;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Inventory;

/// <summary>
/// Uploaded inventories, kept in the database (compressed, in chunks) from the moment they arrive until their import
/// job has read them: the job may run on any server, and after a crash it starts again from the same bytes.
/// </summary>
public sealed class UploadStore(Database database)
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>
    /// Stores <paramref name="body"/> as upload <paramref name="uploadId"/>, reading it as it streams; more than
    /// <paramref name="maxBytes"/> is refused (<see cref="UploadTooLargeException"/>) and nothing is kept.
    /// </summary>
    public async Task<(long Bytes, string Sha256)> StoreAsync(long tenantId, long uploadId, Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var pending = new MemoryStream(ChunkBytes + (ChunkBytes / 4));
        var chunkNo = 0;
        long total = 0;
        var buffer = new byte[1 << 16];
        try
        {
            using (var zlib = new ZLibStream(pending, CompressionLevel.Fastest, leaveOpen: true))
            {
                int n;
                while ((n = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += n;
                    if (total > maxBytes)
                    {
                        throw new UploadTooLargeException(maxBytes);
                    }

                    hash.AppendData(buffer, 0, n);
                    zlib.Write(buffer, 0, n);
                    if (pending.Length >= ChunkBytes)
                    {
                        await InsertAsync(tenantId, uploadId, chunkNo++, pending, cancellationToken);
                    }
                }
            }

            await InsertAsync(tenantId, uploadId, chunkNo, pending, cancellationToken);
            return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            await DeleteAsync(tenantId, uploadId, CancellationToken.None);
            throw;
        }
    }

    private async Task InsertAsync(long tenantId, long uploadId, int chunkNo, MemoryStream pending, CancellationToken cancellationToken)
    {
        await using (var session = await database.WriteAsync(cancellationToken))
        {
            await session.ExecuteAsync(
                "INSERT INTO uploads (tenant_id, upload_id, chunk_no, data) VALUES (@tenant, @upload, @chunk, @data)",
                ("tenant", tenantId), ("upload", uploadId), ("chunk", chunkNo), ("data", pending.ToArray()));
            await session.CommitAsync();
        }

        pending.SetLength(0);
    }

    /// <summary>The uploaded bytes as they were sent, read chunk by chunk (for a job, on its own thread).</summary>
    public Stream OpenRead(long tenantId, long uploadId) =>
        new ZLibStream(
            new ChunkStream(database, "SELECT data FROM uploads WHERE tenant_id = @tenant AND upload_id = @upload AND chunk_no = @chunk", ("tenant", tenantId), ("upload", uploadId)),
            CompressionMode.Decompress);

    public async Task DeleteAsync(long tenantId, long uploadId, CancellationToken cancellationToken)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        await session.ExecuteAsync("DELETE FROM uploads WHERE tenant_id = @tenant AND upload_id = @upload", ("tenant", tenantId), ("upload", uploadId));
        await session.CommitAsync();
    }
}

/// <summary>An upload over the size limit: a 413 problem.</summary>
public sealed class UploadTooLargeException(long maxBytes) : Exception($"the upload is larger than the limit of {maxBytes} bytes");
