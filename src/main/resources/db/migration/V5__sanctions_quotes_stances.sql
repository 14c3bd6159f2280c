-- Quotes, stances, sanctions and statistics: the views their many-to-many connections page over, and the indexes
-- their reverse navigations need.

-- The chain of outlets a quote came through ("KCNA via the Independent" = KCNA at 1, The Independent at 2). A quote
-- can have several citations, each with its own chain; the quote's chain is the one of its first citation (lowest
-- id) that has one. This view is the one place that rule lives: Quote.reportedVia and its reverse both read it.
create view quote_reported_via as
select c.fact_id as quote_id, r.position, r.organization_id
from citation c
         join citation_reported_via r on r.citation_id = c.id
where c.id = (select min(c2.id)
              from citation c2
              where c2.fact_id = c.fact_id
                and exists (select 1 from citation_reported_via r2 where r2.citation_id = c2.id))
  and exists (select 1 from quote q where q.id = c.fact_id);

-- One row per quote and outlet of its chain, with the quote's columns: what Organization.quotesReported pages over
-- (an outlet named twice in a chain still gives one row).
create view quote_outlet as
select q.*, chain.organization_id as outlet_id
from quote q
         join (select distinct quote_id, organization_id from quote_reported_via) chain on chain.quote_id = q.id;

-- One row per stance and holder, with the stance's columns: what Person/Country/Organization.stances page over.
-- Fact ids are unique across all kinds, so party_id alone names the holder whatever its kind.
create view stance_holding as
select distinct on (s.id, coalesce(h.person_id, h.country_id, h.organization_id))
    s.*, coalesce(h.person_id, h.country_id, h.organization_id) as party_id
from stance s
         join stance_holder h on h.stance_id = s.id
order by s.id, coalesce(h.person_id, h.country_id, h.organization_id), h.position;

create index on stance (agreement_id);
create index on stance_holder (organization_id);
