-- Whether any of a thing's names contains the wanted text, ignoring case, accents, hyphens, spacing and
-- punctuation. Text made only of punctuation (e.g. "%" or "_") has no key; it is then matched literally, so it
-- finds only names that contain it rather than everything. One definition, used by every name filter.
create function sg_names_match(name text, aliases text[], wanted text) returns boolean
    language sql immutable parallel safe
as $$
select exists (select 1
               from unnest(array_append(aliases, name)) n
               where case
                         when public.sg_key(wanted) = '' then strpos(n, wanted) > 0
                         else strpos(public.sg_key(n), public.sg_key(wanted)) > 0
                         end)
$$;
