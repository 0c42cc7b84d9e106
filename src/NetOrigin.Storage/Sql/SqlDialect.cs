namespace NetOrigin.Storage.Sql;

/// <summary>
/// What differs between the engines, kept to the few places it matters: id allocation, the keys of the two bulk
/// tables (a composite key in PostgreSQL, an encoded rowid in SQLite) and the lock that serialises per-tenant
/// appends.
/// </summary>
public sealed class SqlDialect(DatabaseEngine engine)
{
    /// <summary>Bits of a SQLite bulk-table rowid that hold the row's number within its import or run.</summary>
    public const int RowBits = 28;

    /// <summary>The most rows one import or run may hold (assets, or findings over all packs).</summary>
    public const long MaxRowsPerRun = (1L << RowBits) - 1;

    public DatabaseEngine Engine { get; } = engine;

    public bool IsPostgres => Engine == DatabaseEngine.Postgres;

    public string NextId => IsPostgres
        ? "SELECT nextval('netorigin_ids')"
        : "UPDATE id_sequence SET next_id = next_id + 1 WHERE name = 'ids' RETURNING next_id - 1";

    /// <summary>
    /// Takes the tenant's row lock for the rest of the transaction, so appends to a per-tenant sequence (the audit
    /// chain) are made one at a time. SQLite's write transaction is already the only one.
    /// </summary>
    public string LockTenant => IsPostgres
        ? "SELECT tenant_id FROM tenants WHERE tenant_id = @tenant FOR UPDATE"
        : "SELECT tenant_id FROM tenants WHERE tenant_id = @tenant";

    /// <summary>The SQLite rowid of row <paramref name="number"/> of import or run <paramref name="owner"/>.</summary>
    public static long RowKey(long owner, long number) => (owner << RowBits) | number;

    /// <summary>The assets of an import, addressed by (import, asset number).</summary>
    public BulkTable Assets => IsPostgres
        ? new BulkTable("assets", "import_id", "asset_no", null)
        : new BulkTable("assets", "import_id", "asset_no", "asset_key");

    /// <summary>The findings of a run, addressed by (run, finding number).</summary>
    public BulkTable Findings => IsPostgres
        ? new BulkTable("findings", "run_id", "finding_no", null)
        : new BulkTable("findings", "run_id", "finding_no", "finding_key");
}

/// <summary>
/// One of the bulk tables (assets of an import, findings of a run) and how its rows of one owner are addressed.
/// </summary>
public sealed record BulkTable(string Name, string OwnerColumn, string NumberColumn, string? RowKeyColumn)
{
    /// <summary>The row number as an expression over <paramref name="alias"/>.</summary>
    public string Number(string alias) => RowKeyColumn is null
        ? $"{alias}.{NumberColumn}"
        : $"({alias}.{RowKeyColumn} & {SqlDialect.MaxRowsPerRun})";

    /// <summary>
    /// The condition "row of owner @owner of tenant @tenant, numbered above @after and at most @upto": a range of
    /// the primary key in both engines.
    /// </summary>
    public string Range(string alias) => RowKeyColumn is null
        ? $"{alias}.tenant_id = @tenant AND {alias}.{OwnerColumn} = @owner AND {alias}.{NumberColumn} > @after AND {alias}.{NumberColumn} <= @upto"
        : $"{alias}.{RowKeyColumn} > (@owner * {1L << SqlDialect.RowBits} + @after) AND {alias}.{RowKeyColumn} <= (@owner * {1L << SqlDialect.RowBits} + @upto) AND {alias}.tenant_id = @tenant";

    /// <summary>The order of the rows of one owner (the primary key).</summary>
    public string Order(string alias) => RowKeyColumn is null ? $"{alias}.{NumberColumn}" : $"{alias}.{RowKeyColumn}";
}
