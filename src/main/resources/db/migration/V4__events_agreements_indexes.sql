-- Indexes for the event and agreement listings (V1 already indexes every foreign key and the date order).

-- events(orderBy: {field: NAME}) pages by name with the id as tie-breaker.
create index on event (name, id);

-- Event.participants pages each event's participations in recorded order in one windowed statement.
create index on participation (event_id, id);
