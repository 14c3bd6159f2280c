-- A citation's excerpt must be a meaningful span of its source, not only a verbatim substring: it holds a letter
-- or digit, starts and ends on word boundaries (no "ummit" out of "summit"), and splits no character from the
-- combining marks that follow it. The service checks a minimum length too (summitgraph.citations.min-length);
-- the database keeps the structural rule for every write, imports included.

-- Whether a one-character string is part of a word (letters and digits as the server's ctype knows them).
create function is_word_character(c text) returns boolean
    language sql immutable parallel safe as $$
    select c is not null and c <> '' and c ~ '^[[:alnum:]]$'
$$;

-- Whether a one-character string is a combining mark or joiner, which belongs to the character before it.
create function is_combining_character(c text) returns boolean
    language sql immutable parallel safe as $$
    select c is not null and c <> '' and (
        ascii(c) between 768 and 879          -- U+0300..U+036F combining diacritical marks
        or ascii(c) between 6832 and 6911     -- U+1AB0..U+1AFF
        or ascii(c) between 7616 and 7679     -- U+1DC0..U+1DFF
        or ascii(c) between 8400 and 8447     -- U+20D0..U+20FF (for symbols)
        or ascii(c) between 65024 and 65039   -- U+FE00..U+FE0F variation selectors
        or ascii(c) between 65056 and 65071   -- U+FE20..U+FE2F half marks
        or ascii(c) = 8205                    -- U+200D zero-width joiner
        or ascii(c) between 127995 and 127999 -- U+1F3FB..U+1F3FF skin tone modifiers
    )
$$;

-- The 0-based offset of the first place where the excerpt stands in the text as a meaningful span, or null.
create function citation_span(source_text text, excerpt text) returns integer
    language plpgsql immutable parallel safe as $$
declare
    searched_from integer := 1;
    found integer;
    excerpt_length integer := char_length(excerpt);
begin
    if excerpt is null or excerpt_length = 0 or excerpt !~ '[[:alnum:]]'
        or is_combining_character(left(excerpt, 1)) then
        return null;
    end if;
    loop
        found := strpos(substr(source_text, searched_from), excerpt);
        exit when found = 0;
        found := found + searched_from - 1;
        if not (found > 1 and is_word_character(substr(source_text, found - 1, 1))
                    and is_word_character(left(excerpt, 1)))
            and not (is_word_character(substr(source_text, found + excerpt_length, 1))
                    and is_word_character(right(excerpt, 1)))
            and not is_combining_character(substr(source_text, found + excerpt_length, 1)) then
            return found - 1;
        end if;
        searched_from := found + 1;
    end loop;
    return null;
end
$$;

create or replace function check_citation_excerpt() returns trigger
    language plpgsql as $$
declare
    source_text text;
    span integer;
begin
    select s.text into source_text from source s where s.id = new.source_id;
    span := citation_span(source_text, new.excerpt);
    if span is null then
        raise exception 'citation excerpt is not verbatim, as whole words, in source %', new.source_id
            using errcode = 'check_violation', constraint = 'citation_excerpt_verbatim';
    end if;
    new.start_offset := span;
    return new;
end
$$;

create or replace function check_source_citations() returns trigger
    language plpgsql as $$
declare
    broken bigint;
begin
    new.content_hash := encode(sha256(convert_to(new.text, 'UTF8')), 'hex');
    select c.id into broken from citation c
    where c.source_id = new.id and citation_span(new.text, c.excerpt) is null limit 1;
    if broken is not null then
        raise exception 'source % text no longer contains the excerpt of citation % as a whole-word span',
            new.id, broken
            using errcode = 'check_violation', constraint = 'citation_excerpt_verbatim';
    end if;
    return new;
end
$$;

create or replace function move_citation_offsets() returns trigger
    language plpgsql as $$
begin
    update citation c set start_offset = citation_span(new.text, c.excerpt)
    where c.source_id = new.id and c.start_offset is distinct from citation_span(new.text, c.excerpt);
    return null;
end
$$;

-- The data written before this rule keeps it: stop here, naming the first citation that does not.
do $$
declare
    broken bigint;
begin
    select c.id into broken from citation c join source s on s.id = c.source_id
    where citation_span(s.text, c.excerpt) is null limit 1;
    if broken is not null then
        raise exception 'citation % is not a whole-word span of its source; fix it in a new migration first', broken;
    end if;
    -- An excerpt's offset is now its first whole-word occurrence, which may come after a partial one.
    update citation c set start_offset = citation_span(s.text, c.excerpt)
    from source s where s.id = c.source_id and c.start_offset <> citation_span(s.text, c.excerpt);
end
$$;
