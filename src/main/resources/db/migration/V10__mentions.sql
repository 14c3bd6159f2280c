-- Mentions: where a source names a known person, organization, country or location, found by the linker
-- (io.summitgraph.mentions) across spelling variants. Offsets count characters (code points) from 0, end
-- exclusive, like citation offsets; `text` is the span as written. A span that names several things (the city and
-- the country "Singapore") gives one mention per thing. Mentions are derived from a source's text, not facts:
-- they need no citation.
create table mention
(
    id              bigint primary key default nextval('fact_id_seq'),
    source_id       bigint  not null references source (id) on delete cascade,
    start_offset    integer not null check (start_offset >= 0),
    end_offset      integer not null,
    text            text    not null,
    person_id       bigint references person (id) on delete cascade,
    organization_id bigint references organization (id) on delete cascade,
    country_id      bigint references country (id) on delete cascade,
    location_id     bigint references location (id) on delete cascade,
    check (end_offset > start_offset),
    check (num_nonnulls(person_id, organization_id, country_id, location_id) = 1)
);

-- Fact ids are unique across kinds, so the coalesce names the subject whatever its kind.
create unique index mention_once on mention (source_id, start_offset,
                                             (coalesce(person_id, organization_id, country_id, location_id)));
create index on mention (source_id, start_offset, id);
create index on mention (person_id, id);
create index on mention (organization_id, id);
create index on mention (country_id, id);
create index on mention (location_id, id);

-- A mention's text stands at its offsets in its source.
create function check_mention_text() returns trigger
    language plpgsql as $$
begin
    if not exists (select 1 from source s
                   where s.id = new.source_id
                     and substr(s.text, new.start_offset + 1, new.end_offset - new.start_offset) = new.text) then
        raise exception 'mention text is not at its offsets in source %', new.source_id
            using errcode = 'check_violation', constraint = 'mention_text_at_offsets';
    end if;
    return new;
end
$$;

create trigger mention_text_at_offsets
    before insert or update on mention
    for each row execute function check_mention_text();

-- When a source's text changes, the mentions that no longer stand where they were are dropped (they are derived;
-- ingestion links them again).
create function drop_moved_mentions() returns trigger
    language plpgsql as $$
begin
    delete from mention m
    where m.source_id = new.id
      and substr(new.text, m.start_offset + 1, m.end_offset - m.start_offset) is distinct from m.text;
    return null;
end
$$;

create trigger source_drops_moved_mentions
    after update of text on source
    for each row execute function drop_moved_mentions();
