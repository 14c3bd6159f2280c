-- Stated versus inferred, as data; typed relations between events; what was considered about lifting a sanction
-- kept apart from the condition for lifting it; a date whose year the source does not state; name filters that
-- match words in any order (issue 21).

-- Inferences ---------------------------------------------------------------------------------------------------
-- A fact, or one value of it, that no source states word for word but an editor inferred: a year from context, an
-- identity between two mentions, a place kind, a role. `field` names the GraphQL field of the fact whose value is
-- inferred (null: the fact as a whole is inferred); `value` gives the inferred value when the field cannot show it
-- (the year of a date stated without one); `reasoning` says why, and is never blank. A fact with no inference is
-- stated by its citations.
create table inference
(
    id        bigint primary key default nextval('fact_id_seq'),
    fact_id   bigint not null references fact (id) on delete cascade,
    field     text check (field ~ '^[a-z][A-Za-z]*$'),
    value     text check (length(trim(value)) > 0),
    reasoning text   not null check (length(trim(reasoning)) > 0),
    version   bigint not null default 0
);

create unique index inference_once on inference (fact_id, (coalesce(field, '')));
create index on inference (fact_id, id);

-- Relations between events, as sources state them ("instead of", "on the same day as", "a follow-up to"). A
-- relation is a fact: it has citations, and may itself be inferred.
create table event_relation
(
    id               bigint primary key default nextval('fact_id_seq'),
    event_id         bigint not null references event (id) on delete cascade,
    kind             text   not null,
    related_event_id bigint not null references event (id) on delete cascade,
    version          bigint not null default 0,
    check (event_id <> related_event_id),
    unique (event_id, kind, related_event_id)
);

alter table event_relation add constraint event_relation_kind_valid
    check (kind in ('FOLLOW_UP_TO', 'INSTEAD_OF', 'SAME_DAY_AS', 'PART_OF', 'DURING', 'POSSIBLY_SAME_AS'));

create index on event_relation (related_event_id, id);
create index on event_relation (event_id, id);

create trigger event_relation_registered after insert on event_relation for each row
    execute function register_fact('event_relation');
create trigger event_relation_unregistered after delete on event_relation for each row
    execute function unregister_fact();
create trigger event_relation_touched after update on event_relation for each row
    when (old.* is distinct from new.*) execute function touch_fact();

-- "November 6" with no year: the month and day are stated, the year is not. The stored day carries the year an
-- inference on the event's date gives (the row's inference says so and why); the API shows --11-06.
alter table event drop constraint event_start_precision_check;
alter table event drop constraint event_end_precision_check;
alter table event add constraint event_start_precision_valid
    check (start_precision in ('YEAR', 'MONTH', 'MONTH_DAY', 'DAY'));
alter table event add constraint event_end_precision_valid
    check (end_precision in ('YEAR', 'MONTH', 'MONTH_DAY', 'DAY'));

-- An event that was expected or promised but did not take place, without a source saying it was called off.
alter table event drop constraint event_status_valid;
alter table event add constraint event_status_valid
    check (status in ('PLANNED', 'HELD', 'NOT_HELD', 'CANCELLED', 'POSTPONED'));

-- Taking part, without the sources stating a more specific role ("met with").
alter table participation drop constraint participation_role_valid;
alter table participation add constraint participation_role_valid
    check (role in ('PRINCIPAL', 'PARTICIPANT', 'DELEGATE', 'HOST', 'VISITOR', 'SPEAKER', 'CANDIDATE', 'OBSERVER',
                    'ORGANIZER'));

-- What a source says was considered about lifting a sanction, which is not a condition for lifting it.
alter table sanction
    add column lifting_consideration text check (length(trim(lifting_consideration)) > 0);

-- Name filters: every word of the wanted text must match one name of the thing (its name or one alias), in any
-- order. A word matches when its key (case, accents, hyphens, spacing and punctuation ignored, as before) is part
-- of the name's key, or when its stems are among the name's stems (the search configuration's English stemming:
-- "visits" finds "visit"). A stop word that does not occur is ignored, as search ignores it, unless the wanted
-- text is only stop words. Text made only of punctuation is still matched literally.
create or replace function sg_names_match(name text, aliases text[], wanted text) returns boolean
    language sql immutable parallel safe
as $$
select case
           when public.sg_key(wanted) = '' then
               exists (select 1 from unnest(array_append(aliases, name)) n where strpos(n, wanted) > 0)
           else exists (
               select 1
               from unnest(array_append(aliases, name)) n
               where not exists (
                   select 1
                   from regexp_split_to_table(wanted, '[[:space:]]+') w
                   where public.sg_key(w) <> ''
                     and strpos(public.sg_key(n), public.sg_key(w)) = 0
                     and not (case
                                  when array_length(tsvector_to_array(public.sg_tsvector(w)), 1) is null
                                      then array_length(tsvector_to_array(public.sg_tsvector(wanted)), 1) is not null
                                  else tsvector_to_array(public.sg_tsvector(w))
                                      <@ tsvector_to_array(public.sg_tsvector(n))
                         end)))
           end
$$;
