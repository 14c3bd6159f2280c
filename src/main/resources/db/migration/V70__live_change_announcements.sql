-- Live updates (README, "Subscriptions"): every change to a fact, a source or a dispute is announced on the
-- channel summitgraph_live with a small JSON payload: what changed (t: fact, source, dispute), its key (id),
-- the fact's kind, the version written and the change (op). PostgreSQL delivers notifications only when the
-- transaction that sent them commits (never for a rollback), in commit order, to every session that LISTENs:
-- each instance of the service listens on its own connection and reads the data itself.
--
-- Bulk loads that disable triggers (the synthetic generator) announce nothing, as they should.

create function live_announce(target text, key bigint, kind text, version bigint, op text) returns void
    language sql volatile as $$
select pg_notify('summitgraph_live',
                 json_build_object('t', target, 'id', key, 'k', kind, 'v', version, 'op', op)::text)
$$;

-- The fact registry is stamped by every write to a fact (register_fact, touch_fact, touch_cited_fact), so it
-- announces them all. A creation is one announcement: the stamps the same transaction adds to a row it created
-- (its first citation) are no news to anyone.
create function live_announce_fact() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform live_announce('fact', new.id, new.kind, new.version, 'CREATED');
    elsif tg_op = 'UPDATE' then
        if new.created_at <> now() then
            perform live_announce('fact', new.id, new.kind, new.version, 'UPDATED');
        end if;
    else
        perform live_announce('fact', old.id, old.kind, old.version, 'REMOVED');
    end if;
    return null;
end
$$;

create trigger fact_announced
    after insert or update or delete on fact
    for each row execute function live_announce_fact();

create function live_announce_source() returns trigger
    language plpgsql as $$
begin
    perform live_announce('source', new.id, 'source', new.version,
                          case tg_op when 'INSERT' then 'CREATED' else 'UPDATED' end);
    return null;
end
$$;

create trigger source_announced
    after insert or update on source
    for each row execute function live_announce_source();

create function live_announce_dispute() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform live_announce('dispute', new.id, 'dispute', new.version, 'CREATED');
    elsif new.resolved and not old.resolved then
        perform live_announce('dispute', new.id, 'dispute', new.version, 'RESOLVED');
    else
        perform live_announce('dispute', new.id, 'dispute', new.version, 'UPDATED');
    end if;
    return null;
end
$$;

create trigger dispute_announced
    after insert or update on dispute
    for each row execute function live_announce_dispute();
