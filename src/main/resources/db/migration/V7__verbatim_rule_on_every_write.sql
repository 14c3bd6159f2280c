-- The verbatim rule held only for writes to citations. A source's text can change too, and a citation's offset
-- must stay where its excerpt is: both are now checked, and a source's content hash follows its text.

create function check_source_citations() returns trigger
    language plpgsql as $$
declare
    broken bigint;
begin
    new.content_hash := encode(sha256(convert_to(new.text, 'UTF8')), 'hex');
    select c.id into broken from citation c where c.source_id = new.id and strpos(new.text, c.excerpt) = 0 limit 1;
    if broken is not null then
        raise exception 'source % text no longer contains the excerpt of citation %', new.id, broken
            using errcode = 'check_violation', constraint = 'citation_excerpt_verbatim';
    end if;
    return new;
end
$$;

create trigger source_keeps_citations_verbatim
    before update of text on source
    for each row execute function check_source_citations();

-- Offsets move with the text, once the new text is in place (the citation trigger reads it).
create function move_citation_offsets() returns trigger
    language plpgsql as $$
begin
    update citation c set start_offset = strpos(new.text, c.excerpt) - 1
    where c.source_id = new.id and c.start_offset <> strpos(new.text, c.excerpt) - 1;
    return null;
end
$$;

create trigger source_moves_citation_offsets
    after update of text on source
    for each row execute function move_citation_offsets();

create function set_source_content_hash() returns trigger
    language plpgsql as $$
begin
    new.content_hash := encode(sha256(convert_to(new.text, 'UTF8')), 'hex');
    return new;
end
$$;

create trigger source_content_hash
    before insert on source
    for each row execute function set_source_content_hash();

-- The offset is derived from the excerpt; a write that sets it directly gets the derived value back.
drop trigger citation_excerpt_verbatim on citation;
create trigger citation_excerpt_verbatim
    before insert or update of excerpt, source_id, start_offset on citation
    for each row execute function check_citation_excerpt();
