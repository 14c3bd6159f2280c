-- Merging two records that turn out to be the same person, organization or place: everything that points at the
-- merged one (relationships, citations, disputes, redirects, and any table added later with a foreign key to it)
-- moves to the survivor, in the caller's transaction; then the merged row goes and its ID redirects.
create function sg_merge(p_kind text, p_merged bigint, p_merged_version bigint, p_survivor bigint) returns void
    language plpgsql as $$
declare
    ref record;
    party_column text;
    locked integer;
begin
    execute format('select 1 from %I where id = $1 and version = $2 for update', p_kind)
        using p_merged, p_merged_version;
    get diagnostics locked = row_count;
    if locked = 0 then
        raise exception 'merged % % changed since it was read', p_kind, p_merged using errcode = '40001';
    end if;

    -- Rows that would name the survivor twice: the survivor's row stays, the merged one's citations join it.
    if p_kind = 'person' then
        update dispute_claim dc set citation_id = d.id
        from citation c
                 join participation m on m.id = c.fact_id and m.person_id = p_merged
                 join participation s on s.event_id = m.event_id and s.person_id = p_survivor
                 join citation d on d.fact_id = s.id and d.source_id = c.source_id and d.excerpt = c.excerpt
        where dc.citation_id = c.id;
        delete from citation c
            using participation m, participation s, citation d
        where m.id = c.fact_id and m.person_id = p_merged and s.event_id = m.event_id and s.person_id = p_survivor
          and d.fact_id = s.id and d.source_id = c.source_id and d.excerpt = c.excerpt;
        update citation c set fact_id = s.id
        from participation m
                 join participation s on s.event_id = m.event_id and s.person_id = p_survivor
        where m.person_id = p_merged and c.fact_id = m.id;
        update dispute x set fact_id = s.id
        from participation m
                 join participation s on s.event_id = m.event_id and s.person_id = p_survivor
        where m.person_id = p_merged and x.fact_id = m.id;
        delete from participation m using participation s
        where m.person_id = p_merged and s.event_id = m.event_id and s.person_id = p_survivor;
    end if;
    if p_kind in ('person', 'organization') then
        party_column := p_kind || '_id';
        execute format('delete from commitment_party m using commitment_party s where m.%1$I = $1'
                           ' and s.commitment_id = m.commitment_id and s.%1$I = $2', party_column)
            using p_merged, p_survivor;
        execute format('delete from stance_holder m using stance_holder s where m.%1$I = $1'
                           ' and s.stance_id = m.stance_id and s.%1$I = $2', party_column)
            using p_merged, p_survivor;
    end if;
    if p_kind = 'location' then
        delete from commitment_location m using commitment_location s
        where m.location_id = p_merged and s.location_id = p_survivor and s.commitment_id = m.commitment_id;
        update location set parent_id = null where id = p_survivor and parent_id = p_merged;
    end if;

    -- Citations the survivor already has (same source, same words) are not duplicated; claims follow them.
    update dispute_claim dc set citation_id = d.id
    from citation c
             join citation d on d.fact_id = p_survivor and d.source_id = c.source_id and d.excerpt = c.excerpt
    where c.fact_id = p_merged and dc.citation_id = c.id;
    delete from citation c using citation d
    where c.fact_id = p_merged and d.fact_id = p_survivor and d.source_id = c.source_id and d.excerpt = c.excerpt;

    -- Every single-column foreign key to the record's table or to the fact registry now names the survivor.
    for ref in
        select c.conrelid::regclass as referencing, a.attname as referencing_column
        from pg_constraint c
                 join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'f' and cardinality(c.conkey) = 1
          and c.confrelid in (p_kind::regclass, 'fact'::regclass)
        loop
            execute format('update %s set %I = $1 where %I = $2', ref.referencing, ref.referencing_column,
                           ref.referencing_column) using p_survivor, p_merged;
        end loop;

    insert into fact_redirect (old_id, survivor_id, kind) values (p_merged, p_survivor, p_kind);
    execute format('delete from %I where id = $1', p_kind) using p_merged;
end
$$;

-- Why a sanction was lifted, as the curator who recorded the lifting put it.
alter table sanction
    add column lift_reason text;
