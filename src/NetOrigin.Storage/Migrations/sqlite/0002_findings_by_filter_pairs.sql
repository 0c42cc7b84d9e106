-- Filters are combined (a maker's violations, a site's unknowns): with one column indexed, a maker with no
-- violations makes every page walk all of that maker's findings to find none. Pairs with the status serve
-- such pages from one index range, in key order (the entries end with the rowid, run first).
CREATE INDEX findings_by_maker_status ON findings (maker_id, status);
CREATE INDEX findings_by_site_status ON findings (site, status);

-- Deadlines exist only where an obligation has one: a page of "due before" a day that few findings meet reads
-- them from here instead of walking the run (Findings chooses; see there).
CREATE INDEX findings_by_deadline ON findings (deadline) WHERE deadline IS NOT NULL;
