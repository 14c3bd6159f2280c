-- Indexes for the people, organization and location listings (V1 already indexes every foreign key).

-- Root listings page by name with the id as tie-breaker (person (name, id) exists since V1).
create index on organization (name, id);
create index on location (name, id);

-- Country.people pages each country's people by name in one windowed statement.
create index on person (country_id, name, id);

-- Location.children and locations(filter: {within}) list a location's children by name.
create index on location (parent_id, name, id);

-- Country.roles lists the positions serving each country.
create index on person_role (country_id);
