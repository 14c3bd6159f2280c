-- Curation: who created and last changed every fact, and when; each fact's current version next to it; merged
-- records' old IDs kept as redirects to their survivor.
--
-- The actor is a transaction-local setting the service sets once per mutation
-- (set_config('summitgraph.actor', <curator>, true)). Writes without it (migrations, bulk loaders) are
-- attributed to 'system'; the rows that exist now came from the seed migration.

create function sg_actor() returns text
    language sql stable parallel safe
as $$
select coalesce(nullif(current_setting('summitgraph.actor', true), ''), 'system')
$$;

alter table fact
    add column version    bigint      not null default 0,
    add column created_at timestamptz not null default now(),
    add column created_by text        not null default 'seed',
    add column updated_at timestamptz not null default now(),
    add column updated_by text        not null default 'seed';

alter table fact
    alter column created_by set default public.sg_actor(),
    alter column updated_by set default public.sg_actor();

update fact f set version = v.version
from (select id, version from country union all select id, version from organization
      union all select id, version from person union all select id, version from person_role
      union all select id, version from location union all select id, version from event
      union all select id, version from participation union all select id, version from agreement
      union all select id, version from commitment union all select id, version from sanction
      union all select id, version from humanitarian_statistic union all select id, version from quote
      union all select id, version from stance) v
where v.id = f.id and v.version <> 0;

-- Registration copies the row's version (a bulk loader may insert rows at any version).
create or replace function register_fact() returns trigger
    language plpgsql as $$
begin
    insert into fact (id, kind, version) values (new.id, tg_argv[0], new.version);
    return new;
end
$$;

-- A change to a fact's row stamps its registry entry: the new version, when, and by whom.
create function touch_fact() returns trigger
    language plpgsql as $$
begin
    update fact set version = new.version, updated_at = now(), updated_by = public.sg_actor() where id = new.id;
    return null;
end
$$;

-- Attaching or detaching a citation changes what is known about the fact: it counts as a change too.
create function touch_cited_fact() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        update fact set updated_at = now(), updated_by = public.sg_actor() where id = old.fact_id;
    else
        update fact set updated_at = now(), updated_by = public.sg_actor() where id = new.fact_id;
    end if;
    return null;
end
$$;

do $$
declare
    fact_table text;
begin
    foreach fact_table in array array ['country', 'organization', 'person', 'person_role', 'location', 'event',
        'participation', 'agreement', 'commitment', 'sanction', 'humanitarian_statistic', 'quote', 'stance']
        loop
            execute format('create trigger %1$s_touched after update on %1$s for each row '
                               'when (old.* is distinct from new.*) execute function touch_fact()', fact_table);
        end loop;
end
$$;

create trigger citation_touches_fact
    after insert or delete on citation
    for each row execute function touch_cited_fact();

-- Disputes are resolved by curators: they get a version too.
alter table dispute
    add column version bigint not null default 0;

-- The IDs of merged records: each names the record that absorbed it (chains are kept flat).
create table fact_redirect
(
    old_id      bigint primary key,
    survivor_id bigint      not null references fact (id) on delete cascade,
    kind        text        not null,
    merged_at   timestamptz not null default now(),
    merged_by   text        not null default public.sg_actor()
);

create index on fact_redirect (survivor_id);
