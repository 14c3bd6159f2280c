-- SummitGraph schema. Flyway owns it; Hibernate only validates.
--
-- Every fact table takes its id from one sequence and registers it in `fact`, so a citation can point at any
-- fact with a real foreign key, and "every fact has a citation" is checked by the database at commit.

create extension if not exists unaccent;

-- Matching key for names: case, diacritics, hyphens (any dash), spacing and punctuation do not count.
-- "Kim Jong-Un", "Kim Jong‑Un" and "kim jong un" all give "kimjongun".
create function sg_key(value text) returns text
    language sql immutable strict parallel safe
as $$
select regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), '[^[:alnum:]]+', '', 'g')
$$;

-- Full-text configuration: English stemming, diacritics folded, and hyphenated words indexed only by their
-- parts, so "Jong-Un", "Jong‑Un" (non-breaking hyphen) and "Jong Un" produce the same lexemes.
create text search configuration summitgraph (copy = english);
alter text search configuration summitgraph
    alter mapping for asciiword, word, hword_part, hword_asciipart, asciihword, hword, numword, numhword
    with unaccent, english_stem;
alter text search configuration summitgraph drop mapping for asciihword, hword, numhword;

-- Full-text document of a text, as the search API builds its queries against.
create function sg_tsvector(value text) returns tsvector
    language sql immutable strict parallel safe
as $$
select to_tsvector('public.summitgraph'::regconfig, value)
$$;

-- The document of a named thing: its name and every alias. (array_to_string is only STABLE in general, but on
-- text[] it cannot change, so wrapping it as IMMUTABLE is safe and lets an index use it.)
create function sg_names_tsvector(name text, aliases text[]) returns tsvector
    language sql immutable parallel safe
as $$
select to_tsvector('public.summitgraph'::regconfig, name || ' ' || coalesce(array_to_string(aliases, ' '), ''))
$$;

create sequence fact_id_seq start with 1000 increment by 1;

create table fact
(
    id   bigint primary key,
    kind text not null
);

create function register_fact() returns trigger
    language plpgsql as $$
begin
    insert into fact (id, kind) values (new.id, tg_argv[0]);
    return new;
end
$$;

create function unregister_fact() returns trigger
    language plpgsql as $$
begin
    delete from fact where id = old.id;
    return old;
end
$$;

-- Sources: the documents facts come from. Not facts themselves.
create table organization
(
    id         bigint primary key default nextval('fact_id_seq'),
    name       text   not null check (length(trim(name)) > 0),
    aliases    text[] not null default '{}',
    kind       text   not null,
    country_id bigint,
    description text,
    version    bigint not null default 0
);

create table country
(
    id       bigint primary key default nextval('fact_id_seq'),
    iso_code char(3) not null unique check (iso_code ~ '^[A-Z]{3}$'),
    name     text    not null,
    aliases  text[]  not null default '{}',
    version  bigint  not null default 0
);

alter table organization
    add foreign key (country_id) references country (id);

create table person
(
    id          bigint primary key default nextval('fact_id_seq'),
    name        text   not null check (length(trim(name)) > 0),
    aliases     text[] not null default '{}',
    country_id  bigint references country (id),
    description text,
    version     bigint not null default 0
);

create table location
(
    id          bigint primary key default nextval('fact_id_seq'),
    name        text   not null check (length(trim(name)) > 0),
    aliases     text[] not null default '{}',
    kind        text   not null,
    country_id  bigint references country (id),
    parent_id   bigint references location (id),
    latitude    double precision check (latitude between -90 and 90),
    longitude   double precision check (longitude between -180 and 180),
    description text,
    version     bigint not null default 0,
    check ((latitude is null) = (longitude is null)),
    check (parent_id is null or parent_id <> id)
);

alter table person
    add column residence_id bigint references location (id);

create table source
(
    id               bigint primary key default nextval('fact_id_seq'),
    slug             text   not null unique,
    title            text   not null,
    author_id        bigint references person (id),
    publisher_id     bigint references organization (id),
    published_on     date,
    published_precision text check (published_precision in ('YEAR', 'MONTH', 'DAY')),
    url              text,
    text             text   not null,
    content_hash     text   not null unique,
    version          bigint not null default 0,
    check ((published_on is null) = (published_precision is null))
);

create table person_role
(
    id              bigint primary key default nextval('fact_id_seq'),
    person_id       bigint not null references person (id) on delete cascade,
    title           text   not null,
    organization_id bigint references organization (id),
    country_id      bigint references country (id),
    started_on      date,
    started_precision text check (started_precision in ('YEAR', 'MONTH', 'DAY')),
    ended_on        date,
    ended_precision text check (ended_precision in ('YEAR', 'MONTH', 'DAY')),
    version         bigint not null default 0,
    check ((started_on is null) = (started_precision is null)),
    check ((ended_on is null) = (ended_precision is null))
);

create table event
(
    id              bigint primary key default nextval('fact_id_seq'),
    name            text   not null,
    kind            text   not null,
    status          text   not null,
    description     text,
    outcome         text,
    starts_on       date,
    start_precision text check (start_precision in ('YEAR', 'MONTH', 'DAY')),
    ends_on         date,
    end_precision   text check (end_precision in ('YEAR', 'MONTH', 'DAY')),
    date_note       text,
    location_id     bigint references location (id),
    country_id      bigint references country (id),
    summit_sequence integer check (summit_sequence > 0),
    follow_up_of_id bigint references event (id),
    version         bigint not null default 0,
    check ((starts_on is null) = (start_precision is null)),
    check ((ends_on is null) = (end_precision is null)),
    check (ends_on is null or starts_on is not null and ends_on >= starts_on),
    check (summit_sequence is null or kind = 'SUMMIT')
);

create table participation
(
    id        bigint primary key default nextval('fact_id_seq'),
    event_id  bigint not null references event (id) on delete cascade,
    person_id bigint not null references person (id),
    role      text   not null,
    capacity  text,
    version   bigint not null default 0,
    unique (event_id, person_id)
);

create table agreement
(
    id          bigint primary key default nextval('fact_id_seq'),
    title       text   not null,
    description text,
    event_id    bigint references event (id),
    signed_on   date,
    signed_precision text check (signed_precision in ('YEAR', 'MONTH', 'DAY')),
    version     bigint not null default 0,
    check ((signed_on is null) = (signed_precision is null))
);

create table commitment
(
    id           bigint primary key default nextval('fact_id_seq'),
    description  text   not null,
    kind         text   not null,
    status       text   not null,
    agreement_id bigint references agreement (id),
    condition    text,
    announced_by_id bigint references person (id),
    version      bigint not null default 0
);

-- Who is bound by a commitment: each row names exactly one person, country or organization.
create table commitment_party
(
    commitment_id   bigint  not null references commitment (id) on delete cascade,
    position        integer not null,
    person_id       bigint references person (id),
    country_id      bigint references country (id),
    organization_id bigint references organization (id),
    primary key (commitment_id, position),
    check (num_nonnulls(person_id, country_id, organization_id) = 1)
);

create table commitment_location
(
    commitment_id bigint not null references commitment (id) on delete cascade,
    location_id   bigint not null references location (id),
    primary key (commitment_id, location_id)
);

create table sanction
(
    id                bigint primary key default nextval('fact_id_seq'),
    description       text   not null,
    issuer_id         bigint not null references country (id),
    target_id         bigint not null references country (id),
    sector            text,
    status            text   not null,
    lifting_condition text,
    imposed_on        date,
    imposed_precision text check (imposed_precision in ('YEAR', 'MONTH', 'DAY')),
    lifted_on         date,
    lifted_precision  text check (lifted_precision in ('YEAR', 'MONTH', 'DAY')),
    version           bigint not null default 0,
    check ((imposed_on is null) = (imposed_precision is null)),
    check ((lifted_on is null) = (lifted_precision is null))
);

create table humanitarian_statistic
(
    id               bigint primary key default nextval('fact_id_seq'),
    indicator        text    not null,
    value            numeric not null,
    unit             text    not null,
    comparator       text    not null,
    population_group text    not null,
    country_id       bigint  not null references country (id),
    period_start     date,
    period_precision text check (period_precision in ('YEAR', 'MONTH', 'DAY')),
    stated_as        text    not null,
    version          bigint  not null default 0,
    check ((period_start is null) = (period_precision is null)),
    check (unit <> 'RATIO' or value between 0 and 1),
    check (value >= 0)
);

create table quote
(
    id                  bigint primary key default nextval('fact_id_seq'),
    text                text   not null check (length(text) > 0),
    speaker_id          bigint references person (id),
    speaker_description text,
    organization_id     bigint references organization (id),
    occasion_id         bigint references event (id),
    said_on             date,
    said_precision      text check (said_precision in ('YEAR', 'MONTH', 'DAY')),
    version             bigint not null default 0,
    check (speaker_id is not null or speaker_description is not null),
    check ((said_on is null) = (said_precision is null))
);

-- A stance a party takes: a call for something, support, skepticism, confidence, concern.
create table stance
(
    id                 bigint primary key default nextval('fact_id_seq'),
    kind               text not null,
    description        text not null,
    holder_description text,
    event_id           bigint references event (id),
    agreement_id       bigint references agreement (id),
    version            bigint not null default 0
);

create table stance_holder
(
    stance_id       bigint  not null references stance (id) on delete cascade,
    position        integer not null,
    person_id       bigint references person (id),
    country_id      bigint references country (id),
    organization_id bigint references organization (id),
    primary key (stance_id, position),
    check (num_nonnulls(person_id, country_id, organization_id) = 1)
);

create table citation
(
    id           bigint primary key default nextval('fact_id_seq'),
    fact_id      bigint  not null references fact (id) on delete cascade,
    source_id    bigint  not null references source (id),
    excerpt      text    not null check (length(excerpt) > 0),
    start_offset integer not null default 0,
    unique (fact_id, source_id, excerpt)
);

-- The outlets a source says it learned a fact through, in the order it names them ("A, via B, via C").
create table citation_reported_via
(
    citation_id     bigint  not null references citation (id) on delete cascade,
    position        integer not null,
    organization_id bigint  not null references organization (id),
    primary key (citation_id, position)
);

-- Sources that disagree: one dispute per contested property of a fact, one claim per competing value.
create table dispute
(
    id          bigint primary key default nextval('fact_id_seq'),
    fact_id     bigint not null references fact (id) on delete cascade,
    property    text   not null,
    description text   not null,
    resolved    boolean not null default false,
    unique (fact_id, property)
);

create table dispute_claim
(
    dispute_id  bigint  not null references dispute (id) on delete cascade,
    position    integer not null,
    value       text    not null,
    citation_id bigint  not null references citation (id) on delete cascade,
    primary key (dispute_id, position)
);

-- Enumerated columns hold exactly the values of their GraphQL enums.
alter table organization add constraint organization_kind_valid check (kind in ('GOVERNMENT', 'MINISTRY', 'AGENCY', 'NEWS_AGENCY', 'BROADCASTER', 'NEWSPAPER', 'MAGAZINE', 'INTERNATIONAL_BODY', 'OTHER'));
alter table location add constraint location_kind_valid check (kind in ('REGION', 'STATE', 'COUNTY', 'CITY', 'DISTRICT', 'SITE', 'FACILITY', 'VENUE', 'FARM', 'OTHER'));
alter table event add constraint event_kind_valid check (kind in ('SUMMIT', 'MEETING', 'TALKS', 'VISIT', 'ANNOUNCEMENT', 'ELECTION', 'RALLY', 'TRIP', 'STATEMENT', 'OTHER'));
alter table event add constraint event_status_valid check (status in ('PLANNED', 'HELD', 'CANCELLED', 'POSTPONED'));
alter table participation add constraint participation_role_valid check (role in ('PRINCIPAL', 'DELEGATE', 'HOST', 'VISITOR', 'SPEAKER', 'CANDIDATE', 'OBSERVER', 'ORGANIZER'));
alter table commitment add constraint commitment_kind_valid check (kind in ('PROMISE', 'JOINT_COMMITMENT', 'OFFER'));
alter table commitment add constraint commitment_status_valid check (status in ('UNDER_CONSIDERATION', 'OFFERED', 'PROMISED', 'IN_PROGRESS', 'FULFILLED', 'BROKEN', 'WITHDRAWN'));
alter table sanction add constraint sanction_sector_valid check (sector in ('BANKING', 'ENERGY', 'TRADE', 'SHIPPING', 'ARMS', 'TECHNOLOGY', 'TRAVEL', 'OTHER'));
alter table sanction add constraint sanction_status_valid check (status in ('PROPOSED', 'ACTIVE', 'SUSPENDED', 'LIFTED'));
alter table humanitarian_statistic add constraint humanitarian_statistic_indicator_valid check (indicator in ('MALNUTRITION', 'UNDERNOURISHMENT', 'FOOD_INSECURITY', 'STUNTING', 'MORTALITY', 'DISPLACEMENT', 'AID_DEPENDENCE'));
alter table humanitarian_statistic add constraint humanitarian_statistic_unit_valid check (unit in ('RATIO', 'PEOPLE', 'TONNES', 'US_DOLLARS'));
alter table humanitarian_statistic add constraint humanitarian_statistic_comparator_valid check (comparator in ('EXACT', 'ABOUT', 'MORE_THAN', 'LESS_THAN', 'AT_LEAST', 'AT_MOST'));
alter table humanitarian_statistic add constraint humanitarian_statistic_population_group_valid check (population_group in ('TOTAL_POPULATION', 'CITIZENS', 'CHILDREN', 'CHILDREN_UNDER_FIVE', 'ADULTS', 'WOMEN', 'ELDERLY'));
alter table stance add constraint stance_kind_valid check (kind in ('CALL_FOR', 'SUPPORT', 'CRITICISM', 'SKEPTICISM', 'CONFIDENCE', 'CONCERN', 'ASSESSMENT'));

-- A citation's excerpt must stand verbatim in its source; its offset is where it first does.
create function check_citation_excerpt() returns trigger
    language plpgsql as $$
declare
    found integer;
begin
    select strpos(s.text, new.excerpt) into found from source s where s.id = new.source_id;
    if found is null or found = 0 then
        raise exception 'citation excerpt is not verbatim in source %', new.source_id
            using errcode = 'check_violation', constraint = 'citation_excerpt_verbatim';
    end if;
    new.start_offset := found - 1;
    return new;
end
$$;

create trigger citation_excerpt_verbatim
    before insert or update of excerpt, source_id on citation
    for each row execute function check_citation_excerpt();

-- Every fact keeps at least one citation; checked at commit so a fact and its citations can be written together.
create function check_fact_cited() returns trigger
    language plpgsql as $$
declare
    fact_to_check bigint;
begin
    -- new and old exist only for the events that have them, so the branches must stay apart.
    if tg_table_name = 'fact' then
        fact_to_check := new.id;
    else
        fact_to_check := old.fact_id;
    end if;
    if exists (select 1 from fact where id = fact_to_check)
        and not exists (select 1 from citation where fact_id = fact_to_check) then
        raise exception 'fact % has no citation', fact_to_check
            using errcode = 'check_violation', constraint = 'fact_cited';
    end if;
    return null;
end
$$;

create constraint trigger fact_cited
    after insert on fact deferrable initially deferred
    for each row execute function check_fact_cited();

create constraint trigger citation_kept
    after delete or update of fact_id on citation deferrable initially deferred
    for each row execute function check_fact_cited();

do $$
declare
    fact_table text;
begin
    foreach fact_table in array array ['country', 'organization', 'person', 'person_role', 'location', 'event',
        'participation', 'agreement', 'commitment', 'sanction', 'humanitarian_statistic', 'quote', 'stance']
        loop
            execute format('create trigger %1$s_registered after insert on %1$s for each row '
                               'execute function register_fact(%1$L)', fact_table);
            execute format('create trigger %1$s_unregistered after delete on %1$s for each row '
                               'execute function unregister_fact()', fact_table);
        end loop;
end
$$;

-- Indexes for every foreign key that is navigated backwards, and for the orderings the API pages by.
create index on organization (country_id);
create index on person (country_id);
create index on person (residence_id);
create index on person (name, id);
create index on person using gin ((array_append(aliases, name)));
create index on person_role (person_id);
create index on person_role (organization_id);
create index on location (country_id);
create index on location (parent_id);
create index on source (author_id);
create index on source (publisher_id);
create index on event (location_id);
create index on event (country_id);
create index on event (follow_up_of_id);
create index on event ((coalesce(starts_on, 'infinity'::date)), id);
create index on event (kind, (coalesce(starts_on, 'infinity'::date)), id);
create index on participation (person_id, event_id);
create index on agreement (event_id);
create index on commitment (agreement_id);
create index on commitment (announced_by_id);
create index on commitment_party (person_id);
create index on commitment_party (country_id);
create index on commitment_party (organization_id);
create index on commitment_location (location_id);
create index on sanction (issuer_id);
create index on sanction (target_id);
create index on humanitarian_statistic (country_id);
create index on quote (speaker_id, said_on, id);
create index on quote (organization_id);
create index on quote (occasion_id);
create index on stance (event_id);
create index on stance_holder (person_id);
create index on stance_holder (country_id);
create index on citation (fact_id);
create index on citation (source_id, start_offset, id);
create index on citation_reported_via (organization_id);
create index on dispute (fact_id);
create index on dispute_claim (citation_id);

-- Name keys for spelling-insensitive matching.
create index on person ((sg_key(name)));
create index on location ((sg_key(name)));
create index on organization ((sg_key(name)));

-- Full-text search documents (GIN-indexed expressions, so writes keep them current with no extra work).
create index person_search on person using gin (sg_names_tsvector(name, aliases));
create index organization_search on organization using gin (sg_names_tsvector(name, aliases));
create index location_search on location using gin (sg_names_tsvector(name, aliases));
create index country_search on country using gin (sg_names_tsvector(name, aliases));
create index event_search on event using gin (sg_tsvector(name || ' ' || coalesce(description, '')));
create index quote_search on quote using gin (sg_tsvector(text));
create index source_search on source using gin (sg_tsvector(title || ' ' || text));
