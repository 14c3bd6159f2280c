-- Name filters that use indexes. sg_names_match (V6, V40) cannot use an index: it splits the wanted text and
-- compares every name of every row. A necessary condition is put in front of it, one per word of the wanted text,
-- which indexes can answer: a word that sg_names_match requires is either part of one name's key (a trigram index
-- on the names' keys answers that) or has all its stems among the name's stems (the stored search document, V60,
-- holds every name's stems). sg_names_match still decides, so the results are exactly those of before.

create extension if not exists pg_trgm;

-- The matching keys (sg_key) of a thing's name and aliases, separated by spaces. A key holds letters and digits
-- only, so a word's key is part of one name's key exactly when it is part of this text.
create function sg_names_keys(name text, aliases text[]) returns text
    language sql immutable parallel safe
as $$
select array_to_string(array(select public.sg_key(n) from unnest(array_append(aliases, name)) n), ' ')
$$;

-- Word i of a name filter's text, split as sg_names_match splits it; null past the last word.
create function sg_name_word(wanted text, i integer) returns text
    language sql immutable strict parallel safe
as $$
select (regexp_split_to_array(wanted, '[[:space:]]+'))[i]
$$;

-- Whether word i places no condition in sg_names_match: there is no such word, it has no key, it is a stop word
-- while the text has other words, or the whole text is matched literally (it has no key at all).
create function sg_name_word_free(wanted text, i integer) returns boolean
    language sql immutable strict parallel safe
as $$
select w is null
           or public.sg_key(w) = ''
           or public.sg_key(wanted) = ''
           or (array_length(tsvector_to_array(public.sg_tsvector(w)), 1) is null
               and array_length(tsvector_to_array(public.sg_tsvector(wanted)), 1) is not null)
from (select public.sg_name_word(wanted, i) as w) word
$$;

-- The LIKE pattern of word i's key, for the trigram index; null when the word places no condition.
create function sg_name_word_pattern(wanted text, i integer) returns text
    language sql immutable strict parallel safe
as $$
select case when public.sg_name_word_free(wanted, i) then null
            else '%' || public.sg_key(public.sg_name_word(wanted, i)) || '%' end
$$;

-- Word i's stems, all required, for the search documents; null when the word has none or places no condition.
create function sg_name_word_stems(wanted text, i integer) returns tsquery
    language sql immutable strict parallel safe
as $$
select case when public.sg_name_word_free(wanted, i)
                 or numnode(plainto_tsquery('public.summitgraph', public.sg_name_word(wanted, i))) = 0 then null
            else plainto_tsquery('public.summitgraph', public.sg_name_word(wanted, i)) end
$$;

create index person_name_keys on person using gin (sg_names_keys(name, aliases) gin_trgm_ops);
create index organization_name_keys on organization using gin (sg_names_keys(name, aliases) gin_trgm_ops);
create index location_name_keys on location using gin (sg_names_keys(name, aliases) gin_trgm_ops);
create index country_name_keys on country using gin (sg_names_keys(name, aliases) gin_trgm_ops);
create index event_name_keys on event using gin (sg_names_keys(name, null::text[]) gin_trgm_ops);
