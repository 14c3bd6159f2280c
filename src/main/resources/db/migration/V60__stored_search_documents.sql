-- Search that scales: each searchable kind stores its full-text document in a generated column, indexed by GIN.
-- Matching and ranking read the stored value instead of parsing the text again for every row (twice: to filter
-- and to rank), and a snippet is cut only for the rows of the returned page. The documents are exactly the
-- expressions the V1 indexes were built on, so results and ranks do not change. PostgreSQL keeps the column
-- current on every write, COPY included (the synthetic load runs with triggers disabled).

alter table person
    add column search_document tsvector generated always as (public.sg_names_tsvector(name, aliases)) stored;
alter table organization
    add column search_document tsvector generated always as (public.sg_names_tsvector(name, aliases)) stored;
alter table country
    add column search_document tsvector generated always as (public.sg_names_tsvector(name, aliases)) stored;
alter table location
    add column search_document tsvector generated always as (public.sg_names_tsvector(name, aliases)) stored;
alter table event
    add column search_document tsvector
        generated always as (public.sg_tsvector(name || ' ' || coalesce(description, ''))) stored;
alter table quote
    add column search_document tsvector generated always as (public.sg_tsvector(text)) stored;
alter table source
    add column search_document tsvector generated always as (public.sg_tsvector(title || ' ' || text)) stored;

-- The expression indexes they replace.
drop index person_search, organization_search, location_search, country_search, event_search, quote_search,
    source_search;

create index person_search on person using gin (search_document);
create index organization_search on organization using gin (search_document);
create index location_search on location using gin (search_document);
create index country_search on country using gin (search_document);
create index event_search on event using gin (search_document);
create index quote_search on quote using gin (search_document);
create index source_search on source using gin (search_document);
