-- Filters are combined (a maker's violations, a site's unknowns): with one column indexed, a maker with no
-- violations makes every page walk all of that maker's findings to find none. Pairs with the status serve
-- such pages from one index range, in finding order.
CREATE INDEX findings_by_maker_status ON findings (tenant_id, run_id, maker_id, status, finding_no);
CREATE INDEX findings_by_site_status ON findings (tenant_id, run_id, site, status, finding_no);

-- Deadlines exist only where an obligation has one: a page of "due before" a day that few findings meet reads
-- them from here instead of walking the run (the planner keeps the key order when most findings match).
CREATE INDEX findings_by_deadline ON findings (tenant_id, run_id, deadline, finding_no) WHERE deadline IS NOT NULL;
