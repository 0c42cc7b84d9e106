-- Risk and exposure analyses of complete runs, kept so a page or a request reads them instead of running the
-- engine over every stored asset again: the default model's risk is made by the run's assessment job (and the run
-- becomes complete with it); another model or a cut-off is made on first request and kept. kind is 'risk' or
-- 'exposure', subject the model id or the cut-off as asked. The report is the JSON of the API, gzip-compressed and
-- cut into parts (a report of a million assets is larger than a database value may be); page is the same report
-- with the riskiest sites and assets only (what the web page shows), as plain JSON.
CREATE TABLE run_analyses (
    tenant_id  integer NOT NULL,
    run_id     integer NOT NULL,
    kind       text NOT NULL,
    subject    text NOT NULL,
    page       text NOT NULL,
    parts      integer NOT NULL,
    created_at text NOT NULL,
    PRIMARY KEY (tenant_id, run_id, kind, subject)
);

CREATE TABLE run_analysis_parts (
    tenant_id integer NOT NULL,
    run_id    integer NOT NULL,
    kind      text NOT NULL,
    subject   text NOT NULL,
    part      integer NOT NULL,
    body      blob NOT NULL,
    PRIMARY KEY (tenant_id, run_id, kind, subject, part)
);
