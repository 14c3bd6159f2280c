-- Per-client cost budgets (README "Limits and production switches", platform/budgets/ClientBudgets): one leaky
-- bucket per client (a token's subject, else an address), shared by every instance of the service. Each instance
-- adds what its clients spent since its last sync and reads back the shared level, so a client spread over several
-- instances drains one bucket. Unlogged: the levels are seconds-old, short-lived state; after a crash PostgreSQL
-- empties the table, which only forgives what clients spent.
create unlogged table client_budget (
    client     text             primary key check (length(client) between 1 and 200),
    level      double precision not null check (level >= 0),
    updated_at timestamptz      not null
);
