-- The relationships the articles state, with their excerpts (verbatim, as V2's), and the one value an editor
-- inferred. Rows by natural keys through pg_temp helpers, as in V41.
create function pg_temp.lookup(p_table text, p_column text, p_value text) returns bigint
    language plpgsql as $$
declare
    found_id bigint;
begin
    execute format('select id from %I where %I = $1', p_table, p_column) into strict found_id using p_value;
    return found_id;
exception
    when no_data_found or too_many_rows then
        raise exception 'V81: expected exactly one % with % = %', p_table, p_column, p_value;
end
$$;

create function pg_temp.relationship(p_character text, p_description text, p_since date, p_since_precision text,
                                     p_until date, p_until_precision text, p_party_table text, p_party_column text,
                                     p_first text, p_second text) returns bigint
    language plpgsql as $$
declare
    new_id bigint;
begin
    insert into relationship (character_kind, description, since_on, since_precision, until_on, until_precision)
    values (p_character, p_description, p_since, p_since_precision, p_until, p_until_precision)
    returning id into new_id;
    execute format('insert into relationship_party (relationship_id, position, %1$I) values ($1, 1, $2), ($1, 2, $3)',
                   p_party_table || '_id')
        using new_id, pg_temp.lookup(p_party_table, p_party_column, p_first),
              pg_temp.lookup(p_party_table, p_party_column, p_second);
    return new_id;
end
$$;

create function pg_temp.cite(p_fact bigint, p_source_slug text, p_excerpt text) returns void
    language sql as $$
insert into citation (fact_id, source_id, excerpt)
values (p_fact, pg_temp.lookup('source', 'slug', p_source_slug), p_excerpt)
$$;

do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    a001 constant text := '001_d936e0b87956d889';
    f    bigint;
begin
    -- Loaded with the articles: audited as the seed, as the facts of V2 are (FactAudit), not as 'system'.
    perform set_config('summitgraph.actor', 'seed', true);
    -- Article 001: relations fraught with tension until Trump's visit, the June 12, 2018 meeting in Singapore.
    f := pg_temp.relationship('TENSE', 'U.S.-North Korean relations had been fraught with tension until Trump''s visit '
                                           || 'marked a dramatic shift in them.',
                              null, null, date '2018-06-12', 'DAY', 'country', 'iso_code', 'USA', 'PRK');
    perform pg_temp.cite(f, a001, 'Trump’s visit marked a dramatic shift in U.S.-North Korean relations that had been fraught with tension.');
    perform pg_temp.cite(f, a001, 'Donald Trump’s historic meeting with North Korean leader Kim Jong Un in Singapore on June 12, 2018');
    insert into inference (fact_id, field, reasoning)
    values (f, 'until',
            'Article 001 says Trump''s visit marked a dramatic shift in relations that had been fraught with tension; '
                || 'the visit is the meeting in Singapore on June 12, 2018 of the same paragraph. That the tension held '
                || 'until that day is the editor''s reading; the article gives no start.');

    -- Article 001: the two leaders' productive, working relationship.
    f := pg_temp.relationship('PRODUCTIVE', 'Despite their differences, Trump and Kim have built a productive, working '
                                                || 'relationship.',
                              null, null, null, null, 'person', 'name', 'Donald Trump', 'Kim Jong Un');
    perform pg_temp.cite(f, a001, 'Despite their differences, Trump and Kim have been able to build a productive relationship.');
    perform pg_temp.cite(f, a001, 'Trump and Kim have made significant progress in developing a working relationship');

    -- Article 000: good vibes between the two countries, not yet turned into real results.
    f := pg_temp.relationship('CORDIAL', 'Good vibes between the U.S. and North Korea, not yet turned into real results.',
                              null, null, null, null, 'country', 'iso_code', 'USA', 'PRK');
    perform pg_temp.cite(f, a000, 'the U.S. and North Korea can turn the good vibes into real results');
end
$$;

drop function pg_temp.cite(bigint, text, text);
drop function pg_temp.relationship(text, text, date, text, date, text, text, text, text, text);
drop function pg_temp.lookup(text, text, text);
