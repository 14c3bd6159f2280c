-- Persisted documents (README "Persisted queries and trusted documents"): GraphQL documents keyed by their
-- SHA-256, stored by automatic persisted queries (bounded: the service evicts the oldest beyond
-- summitgraph.documents.apq-max-entries) or registered by an operator as trusted (never evicted). In PostgreSQL
-- so that every instance of the service shares them.
create table persisted_document (
    hash       text primary key check (hash ~ '^[0-9a-f]{64}$'),
    document   text        not null check (length(document) > 0),
    trusted    boolean     not null default false,
    release    text,
    created_at timestamptz not null default clock_timestamp()
);

create index persisted_document_automatic_by_age on persisted_document (created_at desc, hash) where not trusted;
