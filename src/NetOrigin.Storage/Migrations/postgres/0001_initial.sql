-- NetOrigin schema, PostgreSQL. Every table but schema_version, reference_versions and jobs' queue index is keyed
-- by tenant first, so tables can be distributed by tenant_id (docs/citus.md).

CREATE SEQUENCE netorigin_ids START 1000;

CREATE TABLE tenants (
    tenant_id   bigint PRIMARY KEY,
    slug        text NOT NULL UNIQUE,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL,
    -- The head of the tenant's audit chain: a removed last entry shows as a chain shorter than its head.
    audit_seq   bigint NOT NULL DEFAULT 0,
    audit_hash  text NOT NULL DEFAULT ''
);

CREATE TABLE users (
    tenant_id   bigint NOT NULL,
    user_id     bigint NOT NULL,
    name        text NOT NULL,
    role        text NOT NULL,
    created_at  timestamptz NOT NULL,
    disabled_at timestamptz,
    PRIMARY KEY (tenant_id, user_id),
    UNIQUE (tenant_id, name)
);

CREATE TABLE api_tokens (
    tenant_id   bigint NOT NULL,
    token_id    bigint NOT NULL,
    user_id     bigint NOT NULL,
    name        text NOT NULL,
    secret_hash bytea NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz,
    revoked_at  timestamptz,
    PRIMARY KEY (tenant_id, token_id)
);

-- An uploaded inventory, kept (compressed, in chunks) until its import job has read it, so any server can run it.
CREATE TABLE uploads (
    tenant_id   bigint NOT NULL,
    upload_id   bigint NOT NULL,
    chunk_no    integer NOT NULL,
    data        bytea NOT NULL,
    PRIMARY KEY (tenant_id, upload_id, chunk_no)
);

CREATE TABLE imports (
    tenant_id        bigint NOT NULL,
    import_id        bigint NOT NULL,
    source           text NOT NULL,
    file_name        text NOT NULL,
    format           text,
    content_sha256   text,
    size_bytes       bigint NOT NULL,
    state            text NOT NULL,
    records_read     bigint NOT NULL DEFAULT 0,
    records_accepted bigint NOT NULL DEFAULT 0,
    records_rejected bigint NOT NULL DEFAULT 0,
    unused_columns   text NOT NULL DEFAULT '[]',
    error            text,
    job_id           bigint NOT NULL,
    created_by       text NOT NULL,
    created_at       timestamptz NOT NULL,
    completed_at     timestamptz,
    PRIMARY KEY (tenant_id, import_id)
);

CREATE TABLE import_rejections (
    tenant_id    bigint NOT NULL,
    import_id    bigint NOT NULL,
    rejection_no bigint NOT NULL,
    line         bigint NOT NULL,
    reason       text NOT NULL,
    excerpt      text NOT NULL,
    PRIMARY KEY (tenant_id, import_id, rejection_no)
);

CREATE TABLE assets (
    tenant_id   bigint NOT NULL,
    import_id   bigint NOT NULL,
    asset_no    bigint NOT NULL,
    asset_id    text NOT NULL,
    name        text,
    site        text,
    line        bigint NOT NULL,
    fields      bytea NOT NULL,
    PRIMARY KEY (tenant_id, import_id, asset_no)
);

CREATE TABLE runs (
    tenant_id       bigint NOT NULL,
    run_id          bigint NOT NULL,
    import_id       bigint NOT NULL,
    state           text NOT NULL,
    as_of           date NOT NULL,
    packs           text NOT NULL,
    reference_data  text NOT NULL DEFAULT '{}',
    tool_version    text NOT NULL,
    trigger         text NOT NULL,
    previous_run_id bigint,
    summary         text,
    error           text,
    job_id          bigint NOT NULL,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL,
    completed_at    timestamptz,
    PRIMARY KEY (tenant_id, run_id)
);

CREATE TABLE findings (
    tenant_id       bigint NOT NULL,
    run_id          bigint NOT NULL,
    finding_no      bigint NOT NULL,
    asset_no        bigint NOT NULL,
    pack_no         integer NOT NULL,
    status          integer NOT NULL,
    deadline        date,
    maker_id        text,
    designation     text,
    obligation      text,
    missing_field   text,
    waiver          text,
    site            text,
    manufacturer    bytea,
    owner_chain     bytea,
    evidence        bytea NOT NULL,
    evidence_values text,
    PRIMARY KEY (tenant_id, run_id, finding_no)
);
CREATE INDEX findings_by_status ON findings (tenant_id, run_id, status, finding_no);
CREATE INDEX findings_by_site ON findings (tenant_id, run_id, site, finding_no);
CREATE INDEX findings_by_maker ON findings (tenant_id, run_id, maker_id, finding_no);

-- Evidence pieces (steps with the asset's own values factored out, chains of steps, owner chains,
-- manufacturers), each stored once per tenant under the SHA-256 of its bytes.
CREATE TABLE evidence_blobs (
    tenant_id   bigint NOT NULL,
    hash        bytea NOT NULL,
    body        bytea NOT NULL,
    PRIMARY KEY (tenant_id, hash)
);

CREATE TABLE waivers (
    tenant_id     bigint NOT NULL,
    waiver_id     bigint NOT NULL,
    pack          text NOT NULL,
    scope         text NOT NULL,
    justification text NOT NULL,
    granted       date NOT NULL,
    expires       date NOT NULL,
    state         text NOT NULL,
    requested_by  text NOT NULL,
    requested_at  timestamptz NOT NULL,
    decided_by    text,
    decided_at    timestamptz,
    PRIMARY KEY (tenant_id, waiver_id)
);

CREATE TABLE waiver_events (
    tenant_id bigint NOT NULL,
    waiver_id bigint NOT NULL,
    event_no  integer NOT NULL,
    action    text NOT NULL,
    actor     text NOT NULL,
    at        timestamptz NOT NULL,
    note      text,
    PRIMARY KEY (tenant_id, waiver_id, event_no)
);

-- The approved-manufacturers list with its history: every change adds a version of the entry.
CREATE TABLE approved_entries (
    tenant_id    bigint NOT NULL,
    entry_id     bigint NOT NULL,
    version      integer NOT NULL,
    manufacturer text,
    product      text,
    roles        text NOT NULL,
    categories   text NOT NULL,
    conditions   text,
    expires      date,
    removed      boolean NOT NULL,
    changed_by   text NOT NULL,
    changed_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, entry_id, version)
);

CREATE TABLE jobs (
    tenant_id        bigint NOT NULL,
    job_id           bigint NOT NULL,
    kind             text NOT NULL,
    state            text NOT NULL,
    payload          text NOT NULL,
    phase            text NOT NULL DEFAULT 'queued',
    records_done     bigint NOT NULL DEFAULT 0,
    records_total    bigint,
    bytes_done       bigint NOT NULL DEFAULT 0,
    bytes_total      bigint,
    rejected         bigint NOT NULL DEFAULT 0,
    attempts         integer NOT NULL DEFAULT 0,
    lease_owner      text,
    lease_until      timestamptz,
    heartbeat_at     timestamptz,
    cancel_requested boolean NOT NULL DEFAULT false,
    error            text,
    note             text,
    created_by       text NOT NULL,
    created_at       timestamptz NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz,
    PRIMARY KEY (tenant_id, job_id)
);
-- The queue: jobs waiting or held under a lease, oldest first.
CREATE INDEX jobs_queue ON jobs (created_at, tenant_id, job_id) WHERE state IN ('queued', 'running');

CREATE TABLE audit_log (
    tenant_id  bigint NOT NULL,
    seq        bigint NOT NULL,
    at         timestamptz NOT NULL,
    actor      text NOT NULL,
    action     text NOT NULL,
    target     text NOT NULL,
    details    text NOT NULL,
    prev_hash  text NOT NULL,
    hash       text NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);

-- Append-only: the server never changes or removes an entry. (Someone with direct access to the database can
-- still drop this trigger; the hash chain is what shows that they did: netorigin audit verify.)
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- Each version of the reference data a server has started with, so a new one is re-assessed once.
CREATE TABLE reference_versions (
    hash       text PRIMARY KEY,
    first_seen timestamptz NOT NULL
);
