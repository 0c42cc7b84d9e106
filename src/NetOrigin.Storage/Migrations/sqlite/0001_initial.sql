-- NetOrigin schema, SQLite (the embedded default). The same tables as the PostgreSQL schema; the two bulk tables
-- (assets, findings) are keyed by their rowid, which encodes (import or run, number) so that a run's rows are one
-- contiguous range written in order (docs/decisions/0004-storage.md).

-- Ids for every table come from one counter, taken under the write lock.
CREATE TABLE id_sequence (
    name    text PRIMARY KEY,
    next_id integer NOT NULL
);
INSERT INTO id_sequence (name, next_id) VALUES ('ids', 1000);

CREATE TABLE tenants (
    tenant_id   integer PRIMARY KEY,
    slug        text NOT NULL UNIQUE,
    name        text NOT NULL,
    created_at  text NOT NULL,
    -- The head of the tenant's audit chain: a removed last entry shows as a chain shorter than its head.
    audit_seq   integer NOT NULL DEFAULT 0,
    audit_hash  text NOT NULL DEFAULT ''
);

CREATE TABLE users (
    tenant_id   integer NOT NULL,
    user_id     integer NOT NULL,
    name        text NOT NULL,
    role        text NOT NULL,
    created_at  text NOT NULL,
    disabled_at text,
    PRIMARY KEY (tenant_id, user_id),
    UNIQUE (tenant_id, name)
);

CREATE TABLE api_tokens (
    tenant_id   integer NOT NULL,
    token_id    integer NOT NULL,
    user_id     integer NOT NULL,
    name        text NOT NULL,
    secret_hash blob NOT NULL,
    created_at  text NOT NULL,
    expires_at  text,
    revoked_at  text,
    PRIMARY KEY (tenant_id, token_id)
);

-- An uploaded inventory, kept (compressed, in chunks) until its import job has read it, so any server can run it.
CREATE TABLE uploads (
    tenant_id   integer NOT NULL,
    upload_id   integer NOT NULL,
    chunk_no    integer NOT NULL,
    data        blob NOT NULL,
    PRIMARY KEY (tenant_id, upload_id, chunk_no)
);

CREATE TABLE imports (
    tenant_id        integer NOT NULL,
    import_id        integer NOT NULL,
    source           text NOT NULL,
    file_name        text NOT NULL,
    format           text,
    content_sha256   text,
    size_bytes       integer NOT NULL,
    state            text NOT NULL,
    records_read     integer NOT NULL DEFAULT 0,
    records_accepted integer NOT NULL DEFAULT 0,
    records_rejected integer NOT NULL DEFAULT 0,
    unused_columns   text NOT NULL DEFAULT '[]',
    error            text,
    job_id           integer NOT NULL,
    created_by       text NOT NULL,
    created_at       text NOT NULL,
    completed_at     text,
    PRIMARY KEY (tenant_id, import_id)
);

CREATE TABLE import_rejections (
    tenant_id    integer NOT NULL,
    import_id    integer NOT NULL,
    rejection_no integer NOT NULL,
    line         integer NOT NULL,
    reason       text NOT NULL,
    excerpt      text NOT NULL,
    PRIMARY KEY (tenant_id, import_id, rejection_no)
);

-- asset_key = import_id * 2^28 + asset_no
CREATE TABLE assets (
    asset_key   integer PRIMARY KEY,
    tenant_id   integer NOT NULL,
    asset_id    text NOT NULL,
    name        text,
    site        text,
    line        integer NOT NULL,
    fields      blob NOT NULL
);

CREATE TABLE runs (
    tenant_id       integer NOT NULL,
    run_id          integer NOT NULL,
    import_id       integer NOT NULL,
    state           text NOT NULL,
    as_of           text NOT NULL,
    packs           text NOT NULL,
    reference_data  text NOT NULL DEFAULT '{}',
    tool_version    text NOT NULL,
    trigger         text NOT NULL,
    previous_run_id integer,
    summary         text,
    error           text,
    job_id          integer NOT NULL,
    created_by      text NOT NULL,
    created_at      text NOT NULL,
    completed_at    text,
    PRIMARY KEY (tenant_id, run_id)
);

-- finding_key = run_id * 2^28 + finding_no; the index entries carry it, so keyset pages read in key order.
CREATE TABLE findings (
    finding_key     integer PRIMARY KEY,
    tenant_id       integer NOT NULL,
    asset_no        integer NOT NULL,
    pack_no         integer NOT NULL,
    status          integer NOT NULL,
    deadline        text,
    maker_id        text,
    designation     text,
    obligation      text,
    missing_field   text,
    waiver          text,
    site            text,
    manufacturer    blob,
    owner_chain     blob,
    evidence        blob NOT NULL,
    evidence_values text
);
CREATE INDEX findings_by_status ON findings (status);
CREATE INDEX findings_by_site ON findings (site);
CREATE INDEX findings_by_maker ON findings (maker_id);

-- Evidence pieces (steps with the asset's own values factored out, chains of steps, owner chains,
-- manufacturers), each stored once per tenant under the SHA-256 of its bytes.
CREATE TABLE evidence_blobs (
    tenant_id   integer NOT NULL,
    hash        blob NOT NULL,
    body        blob NOT NULL,
    PRIMARY KEY (tenant_id, hash)
);

CREATE TABLE waivers (
    tenant_id     integer NOT NULL,
    waiver_id     integer NOT NULL,
    pack          text NOT NULL,
    scope         text NOT NULL,
    justification text NOT NULL,
    granted       text NOT NULL,
    expires       text NOT NULL,
    state         text NOT NULL,
    requested_by  text NOT NULL,
    requested_at  text NOT NULL,
    decided_by    text,
    decided_at    text,
    PRIMARY KEY (tenant_id, waiver_id)
);

CREATE TABLE waiver_events (
    tenant_id integer NOT NULL,
    waiver_id integer NOT NULL,
    event_no  integer NOT NULL,
    action    text NOT NULL,
    actor     text NOT NULL,
    at        text NOT NULL,
    note      text,
    PRIMARY KEY (tenant_id, waiver_id, event_no)
);

-- The approved-manufacturers list with its history: every change adds a version of the entry.
CREATE TABLE approved_entries (
    tenant_id    integer NOT NULL,
    entry_id     integer NOT NULL,
    version      integer NOT NULL,
    manufacturer text,
    product      text,
    roles        text NOT NULL,
    categories   text NOT NULL,
    conditions   text,
    expires      text,
    removed      integer NOT NULL,
    changed_by   text NOT NULL,
    changed_at   text NOT NULL,
    PRIMARY KEY (tenant_id, entry_id, version)
);

CREATE TABLE jobs (
    tenant_id        integer NOT NULL,
    job_id           integer NOT NULL,
    kind             text NOT NULL,
    state            text NOT NULL,
    payload          text NOT NULL,
    phase            text NOT NULL DEFAULT 'queued',
    records_done     integer NOT NULL DEFAULT 0,
    records_total    integer,
    bytes_done       integer NOT NULL DEFAULT 0,
    bytes_total      integer,
    rejected         integer NOT NULL DEFAULT 0,
    attempts         integer NOT NULL DEFAULT 0,
    lease_owner      text,
    lease_until      text,
    heartbeat_at     text,
    cancel_requested integer NOT NULL DEFAULT 0,
    error            text,
    note             text,
    created_by       text NOT NULL,
    created_at       text NOT NULL,
    started_at       text,
    finished_at      text,
    PRIMARY KEY (tenant_id, job_id)
);
-- The queue: jobs waiting or held under a lease, oldest first.
CREATE INDEX jobs_queue ON jobs (created_at) WHERE state IN ('queued', 'running');

CREATE TABLE audit_log (
    tenant_id  integer NOT NULL,
    seq        integer NOT NULL,
    at         text NOT NULL,
    actor      text NOT NULL,
    action     text NOT NULL,
    target     text NOT NULL,
    details    text NOT NULL,
    prev_hash  text NOT NULL,
    hash       text NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);

-- Append-only: the server never changes or removes an entry. (Someone with direct access to the database file can
-- still drop these triggers; the hash chain is what shows that they did: netorigin audit verify.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Each version of the reference data a server has started with, so a new one is re-assessed once.
CREATE TABLE reference_versions (
    hash       text PRIMARY KEY,
    first_seen text NOT NULL
);
