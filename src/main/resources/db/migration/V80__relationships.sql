-- Relationships: a cited statement about the state of the relationship between two parties (persons or countries),
-- with its typed character, a short description and, when the sources give it, the period it held (partial dates,
-- as events have them). A fact kind (CONTRIBUTING.md, "Add a fact type"): registered in io.summitgraph.facts.FactKind.
create table relationship
(
    id                   bigint primary key default nextval('fact_id_seq'),
    character_kind       text   not null,
    description          text   not null check (length(trim(description)) > 0),
    since_on             date,
    since_precision      text check (since_precision in ('YEAR', 'MONTH', 'MONTH_DAY', 'DAY')),
    until_on             date,
    until_precision      text check (until_precision in ('YEAR', 'MONTH', 'MONTH_DAY', 'DAY')),
    version              bigint not null default 0,
    check ((since_on is null) = (since_precision is null)),
    check ((until_on is null) = (until_precision is null)),
    check (since_on is null or until_on is null or until_on >= since_on)
);

alter table relationship add constraint relationship_character_kind_valid
    check (character_kind in ('TENSE', 'CORDIAL', 'PRODUCTIVE'));

-- The two parties, in the order the sources name them; each row names exactly one person or country.
create table relationship_party
(
    relationship_id bigint  not null references relationship (id) on delete cascade,
    position        integer not null check (position in (1, 2)),
    person_id       bigint references person (id),
    country_id      bigint references country (id),
    primary key (relationship_id, position),
    check (num_nonnulls(person_id, country_id) = 1)
);

-- No party twice in one relationship (fact ids are unique across kinds).
create unique index relationship_party_once on relationship_party (relationship_id, (coalesce(person_id, country_id)));
create index on relationship_party (person_id);
create index on relationship_party (country_id);
create index on relationship ((coalesce(since_on, 'infinity'::date)), id);

-- A relationship paired with one of its parties, so that the relationships of many parties page in one statement.
create view relationship_side as
select r.*, coalesce(p.person_id, p.country_id) as party_id
from relationship r
         join relationship_party p on p.relationship_id = r.id;

select sg_make_fact_table('relationship');
