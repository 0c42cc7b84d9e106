-- Replacement plans made from an assessment run by a durable job, their items (so progress is recorded only
-- against an item a plan holds), the regulator reports rendered with each plan, and the progress of each
-- replacement task: one row per recorded step, kept per tenant and asset, since a step is a fact about the
-- network that every later plan of the tenant starts from.
CREATE TABLE plans (
    tenant_id      integer NOT NULL,
    plan_id        integer NOT NULL,
    run_id         integer NOT NULL,
    parent_plan_id integer,
    state          text NOT NULL,
    request        text NOT NULL,
    start_date     text NOT NULL,
    status         text,
    summary        text,
    document       text,
    error          text,
    job_id         integer NOT NULL,
    created_by     text NOT NULL,
    created_at     text NOT NULL,
    completed_at   text,
    PRIMARY KEY (tenant_id, plan_id)
);

CREATE INDEX plans_by_run ON plans (tenant_id, run_id, plan_id);

CREATE TABLE plan_items (
    tenant_id integer NOT NULL,
    plan_id   integer NOT NULL,
    asset_id  text NOT NULL,
    site      text NOT NULL,
    visit     text,
    PRIMARY KEY (tenant_id, plan_id, asset_id)
);

CREATE TABLE plan_reports (
    tenant_id integer NOT NULL,
    plan_id   integer NOT NULL,
    kind      text NOT NULL,
    html      text NOT NULL,
    csv       text NOT NULL,
    svg       text NOT NULL,
    PRIMARY KEY (tenant_id, plan_id, kind)
);

CREATE TABLE task_progress (
    tenant_id   integer NOT NULL,
    step_id     integer NOT NULL,
    asset_id    text NOT NULL,
    state       text NOT NULL,
    on_date     text NOT NULL,
    recorded_by text NOT NULL,
    cost        text,
    note        text,
    plan_id     integer NOT NULL,
    recorded_at text NOT NULL,
    PRIMARY KEY (tenant_id, step_id)
);

CREATE INDEX task_progress_by_asset ON task_progress (tenant_id, asset_id, step_id);
