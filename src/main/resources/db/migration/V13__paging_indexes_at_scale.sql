-- Indexes that match the filters and orderings the API pages by, so a page costs the same at any
-- data size (measured with the synthetic benchmark data, see bench/).

-- events(filter: {status}) in date order: keyset pages deep into the list walk this index.
create index on event (status, (coalesce(starts_on, 'infinity'::date)), id);

-- The same listing as a plain column order (how generic SQL clients such as PostGraphile, which the
-- benchmark compares against on the same tables, order by date): without it they would sort every
-- matching row.
create index on event (status, starts_on, id);

-- Person.quotes pages each speaker's quotes by date (undated last) one index range per speaker.
create index on quote (speaker_id, (coalesce(said_on, 'infinity'::date)), id);

-- Event.quotes likewise per occasion.
create index on quote (occasion_id, (coalesce(said_on, 'infinity'::date)), id);
