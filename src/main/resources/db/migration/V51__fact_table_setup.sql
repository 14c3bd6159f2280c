-- One call makes a table a fact table (CONTRIBUTING.md, "Add a fact type"), instead of copying the three triggers
-- every fact table has: its rows are registered in `fact` under the table's name (their kind), unregistered when
-- deleted, and their audit touched when changed. The table must also be listed in the registry of fact kinds,
-- io.summitgraph.facts.FactKind; FactKindsTest checks that the two agree.
create function sg_make_fact_table(fact_table text) returns void
    language plpgsql as $$
begin
    execute format('create trigger %1$s_registered after insert on %1$I for each row '
                       'execute function register_fact(%1$L)', fact_table);
    execute format('create trigger %1$s_unregistered after delete on %1$I for each row '
                       'execute function unregister_fact()', fact_table);
    execute format('create trigger %1$s_touched after update on %1$I for each row '
                       'when (old.* is distinct from new.*) execute function touch_fact()', fact_table);
end
$$;
