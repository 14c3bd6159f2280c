-- SummitGraph seed data: every fact stated in the three articles of shared/seeds, each with its citations.
--
-- Conventions
--   * Rows are referred to by natural keys (ISO codes, names, titles, slugs) through the pg_temp helpers below,
--     never by id.
--   * Every excerpt is copied verbatim from its article, with its curly quotes and U+2011 non-breaking hyphens;
--     the citation trigger refuses anything else. Every fact gets a citation from each article that states it.
--   * Nothing the articles do not say is added: no coordinates, publishers, publication dates or URLs. Dates keep
--     the precision the words give; a year that only the context gives is explained in event.date_note.
--   * Quote texts are the words inside the quotation marks, without the comma or full stop that the articles'
--     punctuation style puts inside the closing mark.
--   * The pg_temp helpers exist only on this migration's connection and are dropped at the end.

-- Helpers -------------------------------------------------------------------------------------------------------

-- The id of the one row of a table whose column equals a value; an error if there is none or more than one.
create function pg_temp.lookup(p_table text, p_column text, p_value text) returns bigint
    language plpgsql as $$
declare
    found_id bigint;
begin
    execute format('select id from %I where %I = $1', p_table, p_column) into strict found_id using p_value;
    return found_id;
exception
    when no_data_found or too_many_rows then
        raise exception 'seed: expected exactly one % with % = %', p_table, p_column, p_value;
end
$$;

create function pg_temp.source(p_slug text) returns bigint
    language sql as $$ select pg_temp.lookup('source', 'slug', p_slug) $$;
create function pg_temp.country(p_iso_code text) returns bigint
    language sql as $$ select pg_temp.lookup('country', 'iso_code', p_iso_code) $$;
create function pg_temp.org(p_name text) returns bigint
    language sql as $$ select pg_temp.lookup('organization', 'name', p_name) $$;
create function pg_temp.person(p_name text) returns bigint
    language sql as $$ select pg_temp.lookup('person', 'name', p_name) $$;
create function pg_temp.place(p_name text) returns bigint
    language sql as $$ select pg_temp.lookup('location', 'name', p_name) $$;
create function pg_temp.event(p_name text) returns bigint
    language sql as $$ select pg_temp.lookup('event', 'name', p_name) $$;
create function pg_temp.agreement(p_title text) returns bigint
    language sql as $$ select pg_temp.lookup('agreement', 'title', p_title) $$;
create function pg_temp.commitment(p_description text) returns bigint
    language sql as $$ select pg_temp.lookup('commitment', 'description', p_description) $$;
create function pg_temp.quote(p_text text) returns bigint
    language sql as $$ select pg_temp.lookup('quote', 'text', p_text) $$;
create function pg_temp.stance(p_description text) returns bigint
    language sql as $$ select pg_temp.lookup('stance', 'description', p_description) $$;

-- Cites a fact with an excerpt of a source (the excerpt must stand verbatim in it); returns the citation id.
create function pg_temp.cite(p_fact bigint, p_source_slug text, p_excerpt text) returns bigint
    language plpgsql as $$
declare
    new_id bigint;
begin
    insert into citation (fact_id, source_id, excerpt)
    values (p_fact, pg_temp.source(p_source_slug), p_excerpt)
    returning id into new_id;
    return new_id;
end
$$;

-- An existing citation, for dispute claims; an error if it does not exist.
create function pg_temp.citation(p_fact bigint, p_source_slug text, p_excerpt text) returns bigint
    language plpgsql as $$
declare
    found_id bigint;
begin
    select id into strict found_id
    from citation
    where fact_id = p_fact and source_id = pg_temp.source(p_source_slug) and excerpt = p_excerpt;
    return found_id;
exception
    when no_data_found then
        raise exception 'seed: no citation of fact % in % with excerpt %', p_fact, p_source_slug, p_excerpt;
end
$$;

-- The outlets a citation says its fact came through, in the order the article names them ("A via B").
create function pg_temp.via(p_citation bigint, variadic p_outlets text[]) returns void
    language sql as $$
insert into citation_reported_via (citation_id, position, organization_id)
select p_citation, outlet.position, pg_temp.org(outlet.name)
from unnest(p_outlets) with ordinality as outlet(name, position)
$$;

-- Sources: the three articles, byte for byte -------------------------------------------------------------------
-- Title = first line of the text. No article states its publisher, date or URL; only article 001 names its author
-- (set below, once the person exists).

insert into source (slug, title, text, content_hash)
select slug, split_part(body, E'\n', 1), body, encode(sha256(convert_to(body, 'UTF8')), 'hex')
from (values
    ('000_45ece6f1795f26b7', $article$Trump Plans Summit With Kim Jong Un Following November Election

Trump Plans Summit With Kim Jong Un Following November Election

Trump‑Kim: A Summit on the Horizon

After the mid‑term elections on November 6, President Donald Trump announced that his second meeting with North Korean leader Kim Jong‑Un is slated to take place. Speaking on the flight to Iowa for a campaign rally, he teased the world, “I just can’t leave now.”

Progress, Progress…

Earlier in the day, Trump highlighted the progress made in the first summit held in Singapore on June 12, saying he was “seeing the light” in the denuclearization talks. He praised Secretary of State Mike Pompeo’s weekend talks with Kim and mentioned that they’re weighing “three or four locations” for the next summit.

Pompeo Adds the Check‑In

  • Pompeo echoed Trump’s optimism at the White House, stating that while there’s still a long way to go, a clear path to “full and final verified denuclearization” has emerged.
  • He noted that Kim is “pretty close” to agreeing on the meeting details.
  • Kim has even promised to let international inspectors into the Punggye‑Ri nuclear site and the Sohae missile test facility.

A Cautionary Note

Experts remain skeptical, viewing Kim’s promises as a polite routine rather than genuine breakthroughs. Prompted by Trump’s remarks, the United States has yet to lift its hefty sanctions on Pyongyang, a move the president said would only happen if tangible steps are taken.

Why It Matters

North Korea stands to gain huge economic opportunities if it can finally open its doors to foreign investment—something the president promised would be “spectacular.” Meanwhile, humanitarian concerns persist: one in five children in North Korea suffers from malnutrition, and over ten million citizens are undernourished and desperately need aid.

Bottom line: The countdown to November is on

With the political landscape shifting post‑midterms, the world is waiting to see if the U.S. and North Korea can turn the good vibes into real results. Trump’s enthusiasm is clear, but the real test is whether those hopes translate into concrete action—without any more “rockets flying” or provocations on either side.$article$),
    ('001_d936e0b87956d889', $article$What Did Trump Do In North Korea

Background Information

Donald Trump’s historic meeting with North Korean leader Kim Jong Un in Singapore on June 12, 2018 was the first ever between a sitting U.S. president and the leader of the reclusive nation. The summit was the first step in a long process towards peace on the Korean peninsula and one that had been over a decade in the making. Trump’s visit marked a dramatic shift in U.S.-North Korean relations that had been fraught with tension.

The Summit

At the summit, Trump and Kim signed a joint statement that, among other things, committed the two countries to establishing new relations, committing to work toward complete denuclearization, and pushing for a lasting peace on the Korean peninsula. The statement was seen as an overall success, though some analysts were skeptical about the document’s details, particularly with regard to the issue of denuclearization and whether it would actually lead to actual policy changes in North Korea.

The Meeting to Follow

After the summit, the two leaders held follow-up meetings in Vietnam in February 2019, where they discussed further denuclearization measures and issues such as economic development in North Korea. The talks were cut short, however, without an agreement. Trump and Kim have had several other meetings since the first summit, with the most recent meeting being held in June 2020.

Opportunities Ahead

Despite their differences, Trump and Kim have been able to build a productive relationship. Each leader has acknowledged the potential for further cooperation, both on denuclearization efforts and economic development projects in North Korea. Trump and Kim have also discussed the possibility of a follow-up summit, and have expressed interest in further engagement.

Doubts over Denuclearization

The issue of denuclearization is one of the most contentious topics between the two countries. Despite the joint statement, analysts and experts are divided on whether North Korea is genuinely committed to denuclearization or whether it is simply a negotiating tactic to secure concessions from the United States. While Trump has expressed confidence that North Korea is sincere in its commitment to denuclearization, many analysts remain skeptical.

International Pressure

The international community has largely applauded Trump’s efforts at engaging with North Korea, though some have expressed concern over the United States’ willingness to make concessions in exchange for denuclearization. In particular, Japan, South Korea, and other U.S. allies have called for greater verification measures to ensure that North Korea is living up to its promises.

Financial Sanctions

Apart from diplomatic efforts, the United States has also employed economic sanctions to pressure North Korea into denuclearization. The sanctions, which are largely supported by the international community, have been used to target key sectors of the North Korean economy, such as its banking sector and its energy industry.

Diplomatic Concessions

In addition to economic sanctions, the United States has also offered North Korea diplomatic concessions in exchange for denuclearization. Trump has expressed willingness to open diplomatic relations with North Korea, offered humanitarian aid, and even considered lifting some sanctions in exchange for denuclearization. However, it remains unclear whether these concessions are enough to sway North Korea.

Evaluating Outcomes

Overall, it is too early to tell if Trump’s efforts in North Korea will indeed lead to lasting peace and denuclearization of the Korean peninsula. While Trump and Kim have made significant progress in developing a working relationship, there is still much work to be done before the two countries can truly build trust and move towards lasting peace.

Political Considerations

With U.S. presidential elections coming up in November 2020, Trump’s efforts in North Korea could provide a boost for his re-election campaign. While Trump has acknowledged the importance of his engagement with North Korea, the success of his efforts will ultimately depend on whether he is able to secure a reliable denuclearization agreement.

The Humanitarian Aspect

Finally, Trump’s engagement with North Korea is also unique in that he has placed greater significance on the humanitarian aspects of the situation. He has repeatedly expressed concern for the North Korean people, and has even offered humanitarian aid and greater engagement on the world stage, if North Korea pledges to pursue peace.

Cassie Grissom is an American journalist and author living in Seoul, South Korea. She has been studying the Korean peninsula since 2011, and her work focuses on understanding human rights issues in North Korea. In addition to her work as an author, Cassie is an active advocate for human rights in North Korea. She regularly shares stories about life in North Korea with international audiences to raise awareness of the plight of its citizens.

Leave a Comment$article$),
    ('002_49d120ea23732ed2', $article$Kim Jong Un Visits Potato Farm as Mike Pompeo's North Korea Meeting Flounders, Reports Say
Mike Pompeo's follow-up meeting with the leadership of North Korea was expected to build on the gains both sides have established during the historic June 12 summit in Singapore between President Donald Trump and Kim Jong Un.
Instead, the meeting between Pompeo and top North Korean officials ended in an awkward stalemate, according to reports. Kim Jong Un was not present during the overnight visit, and no progress on denuclearization talks was established, according to sources via CNN.
"The North Koreans were just messing around, not serious about moving forward," the insider, who is said to have close knowledge of the discussions, described the meeting. Instead of continuing from the points made during the Singapore summit, the meeting is now seen to have gone "as badly as it could have."
For now, Pompeo would only comment that the meeting was "productive." the U.S. Secretary of State was promised a personal meeting with Kim, but during his stay in North Korea, he only met with Foreign Minister Kim Yong-chol.
While Pompeo would generously describe the talks with the country's top officials to have been made "in good faith," an unidentified foreign ministry official for North Korea described Pompeo's approach as "gangster-like," according to the state-run Korean Central News Agency (KCNA) via the Independent.
As for Kim Jong Un, the leader was apparently out of town, as his top deputy told Pompeo's delegation during his three-day visit.
It turns out that Kim has visited a farm community near the Chinese border to see the potato farms, according to the New York Magazine. The state-run news outlet, KCNA, would go on to report in abundant detail Kim's visit to Samjiyon country, on the same day that Pompeo was supposed to have a face-to-face meeting with him.
Instead of discussing denuclearization with the U.S. Secretary of State, Kim was reportedly "Looking round farm machines and tractors of the workteam, he acquainted himself with how many tractors it has and how it operates them," according to news updates by KCNA.$article$)
) as article (slug, body);

-- Countries (ISO 3166-1 alpha-3) -------------------------------------------------------------------------------
do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    a001 constant text := '001_d936e0b87956d889';
    a002 constant text := '002_49d120ea23732ed2';
    f    bigint;
begin
    insert into country (iso_code, name, aliases)
    values ('USA', 'United States of America', array ['United States', 'U.S.']) returning id into f;
    perform pg_temp.cite(f, a000, 'the United States has yet to lift its hefty sanctions on Pyongyang');
    perform pg_temp.cite(f, a000, 'the U.S. and North Korea can turn the good vibes into real results');
    perform pg_temp.cite(f, a001, 'a sitting U.S. president');
    perform pg_temp.cite(f, a001, 'the United States has also employed economic sanctions');
    perform pg_temp.cite(f, a002, 'the U.S. Secretary of State');

    insert into country (iso_code, name) values ('PRK', 'North Korea') returning id into f;
    perform pg_temp.cite(f, a000, 'North Korean leader Kim Jong‑Un');
    perform pg_temp.cite(f, a001, 'North Korean leader Kim Jong Un');
    perform pg_temp.cite(f, a002, 'during his stay in North Korea');

    insert into country (iso_code, name) values ('KOR', 'South Korea') returning id into f;
    perform pg_temp.cite(f, a001, 'Japan, South Korea, and other U.S. allies');
    perform pg_temp.cite(f, a001, 'living in Seoul, South Korea');

    insert into country (iso_code, name) values ('JPN', 'Japan') returning id into f;
    perform pg_temp.cite(f, a001, 'Japan, South Korea, and other U.S. allies');

    insert into country (iso_code, name) values ('SGP', 'Singapore') returning id into f;
    perform pg_temp.cite(f, a000, 'the first summit held in Singapore on June 12');
    perform pg_temp.cite(f, a001, 'in Singapore on June 12, 2018');
    perform pg_temp.cite(f, a002, 'the historic June 12 summit in Singapore');

    insert into country (iso_code, name) values ('VNM', 'Vietnam') returning id into f;
    perform pg_temp.cite(f, a001, 'follow-up meetings in Vietnam in February 2019');

    insert into country (iso_code, name) values ('CHN', 'China') returning id into f;
    perform pg_temp.cite(f, a002, 'a farm community near the Chinese border');
end
$$;

-- Organizations (a country only where the text gives one) -----------------------------------------------------
do $$
declare
    a002 constant text := '002_49d120ea23732ed2';
    f    bigint;
begin
    insert into organization (name, aliases, kind, country_id, description)
    values ('KCNA', array ['Korean Central News Agency'], 'NEWS_AGENCY', pg_temp.country('PRK'),
            'State-run North Korean news agency')
    returning id into f;
    perform pg_temp.cite(f, a002, 'the state-run Korean Central News Agency (KCNA)');
    perform pg_temp.cite(f, a002, 'The state-run news outlet, KCNA');

    insert into organization (name, kind) values ('CNN', 'BROADCASTER') returning id into f;
    perform pg_temp.cite(f, a002, 'according to sources via CNN');

    insert into organization (name, kind) values ('The Independent', 'NEWSPAPER') returning id into f;
    perform pg_temp.cite(f, a002, 'via the Independent');

    insert into organization (name, kind) values ('New York Magazine', 'MAGAZINE') returning id into f;
    perform pg_temp.cite(f, a002, 'according to the New York Magazine');

    insert into organization (name, kind, country_id, description)
    values ('Foreign Ministry of North Korea', 'MINISTRY', pg_temp.country('PRK'), 'North Korea''s foreign ministry')
    returning id into f;
    perform pg_temp.cite(f, a002, 'an unidentified foreign ministry official for North Korea');
end
$$;

-- Locations (no article gives coordinates) ---------------------------------------------------------------------
do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    a001 constant text := '001_d936e0b87956d889';
    a002 constant text := '002_49d120ea23732ed2';
    f    bigint;
begin
    insert into location (name, kind, country_id) values ('Singapore', 'CITY', pg_temp.country('SGP'))
    returning id into f;
    perform pg_temp.cite(f, a000, 'the first summit held in Singapore on June 12');
    perform pg_temp.cite(f, a001, 'Kim Jong Un in Singapore on June 12, 2018');
    perform pg_temp.cite(f, a002, 'the historic June 12 summit in Singapore');
    perform pg_temp.cite(f, a002, 'the Singapore summit');

    insert into location (name, kind, country_id) values ('Iowa', 'STATE', pg_temp.country('USA'))
    returning id into f;
    perform pg_temp.cite(f, a000, 'Speaking on the flight to Iowa for a campaign rally');

    insert into location (name, kind, country_id) values ('White House', 'VENUE', pg_temp.country('USA'))
    returning id into f;
    perform pg_temp.cite(f, a000, 'Pompeo echoed Trump’s optimism at the White House');

    insert into location (name, aliases, kind, country_id, description)
    values ('Punggye-ri nuclear test site', array ['Punggye‑Ri nuclear site'], 'SITE', pg_temp.country('PRK'),
            'North Korean nuclear site that Kim Jong Un promised to open to international inspectors')
    returning id into f;
    perform pg_temp.cite(f, a000, 'Kim has even promised to let international inspectors into the Punggye‑Ri nuclear site');

    insert into location (name, kind, country_id, description)
    values ('Sohae missile test facility', 'FACILITY', pg_temp.country('PRK'),
            'North Korean missile test facility that Kim Jong Un promised to open to international inspectors')
    returning id into f;
    perform pg_temp.cite(f, a000, 'the Sohae missile test facility');

    insert into location (name, kind) values ('Korean peninsula', 'REGION') returning id into f;
    perform pg_temp.cite(f, a001, 'a long process towards peace on the Korean peninsula');
    perform pg_temp.cite(f, a001, 'denuclearization of the Korean peninsula');

    insert into location (name, kind, country_id, description)
    values ('Samjiyon County', 'COUNTY', pg_temp.country('PRK'),
            'County in North Korea near the Chinese border, where Kim Jong Un visited potato farms '
                '(article 002 writes "Samjiyon country")')
    returning id into f;
    perform pg_temp.cite(f, a002, 'Kim''s visit to Samjiyon country');
    perform pg_temp.cite(f, a002, 'a farm community near the Chinese border to see the potato farms');

    insert into location (name, aliases, kind, country_id, parent_id, description)
    values ('Samjiyon potato farms', array ['Potato Farm', 'potato farms', 'farm community'], 'FARM',
            pg_temp.country('PRK'), pg_temp.place('Samjiyon County'),
            'Farm community near the Chinese border with potato farms and a workteam with farm machines and tractors')
    returning id into f;
    perform pg_temp.cite(f, a002, 'Kim Jong Un Visits Potato Farm');
    perform pg_temp.cite(f, a002, 'a farm community near the Chinese border to see the potato farms');
    perform pg_temp.cite(f, a002, 'Looking round farm machines and tractors of the workteam');

    insert into location (name, kind, country_id) values ('Seoul', 'CITY', pg_temp.country('KOR'))
    returning id into f;
    perform pg_temp.cite(f, a001, 'living in Seoul, South Korea');
end
$$;

-- People and their roles ---------------------------------------------------------------------------------------
do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    a001 constant text := '001_d936e0b87956d889';
    a002 constant text := '002_49d120ea23732ed2';
    f    bigint;
begin
    -- Donald Trump
    insert into person (name, aliases, country_id, description)
    values ('Donald Trump', array ['Trump', 'President Donald Trump'], pg_temp.country('USA'),
            'President of the United States')
    returning id into f;
    perform pg_temp.cite(f, a000, 'President Donald Trump announced');
    perform pg_temp.cite(f, a001, 'Donald Trump’s historic meeting');
    perform pg_temp.cite(f, a002, 'President Donald Trump and Kim Jong Un');

    insert into person_role (person_id, title, country_id)
    values (pg_temp.person('Donald Trump'), 'President of the United States', pg_temp.country('USA'))
    returning id into f;
    perform pg_temp.cite(f, a000, 'President Donald Trump');
    perform pg_temp.cite(f, a001, 'the first ever between a sitting U.S. president and the leader of the reclusive nation');
    perform pg_temp.cite(f, a002, 'President Donald Trump');

    -- Kim Jong Un
    insert into person (name, aliases, country_id, description)
    values ('Kim Jong Un', array ['Kim Jong‑Un'], pg_temp.country('PRK'), 'Leader of North Korea')
    returning id into f;
    perform pg_temp.cite(f, a000, 'North Korean leader Kim Jong‑Un');
    perform pg_temp.cite(f, a001, 'North Korean leader Kim Jong Un');
    perform pg_temp.cite(f, a002, 'President Donald Trump and Kim Jong Un');

    insert into person_role (person_id, title, country_id)
    values (pg_temp.person('Kim Jong Un'), 'Leader of North Korea', pg_temp.country('PRK'))
    returning id into f;
    perform pg_temp.cite(f, a000, 'North Korean leader Kim Jong‑Un');
    perform pg_temp.cite(f, a001, 'North Korean leader Kim Jong Un');
    perform pg_temp.cite(f, a002, 'As for Kim Jong Un, the leader was apparently out of town');

    -- Mike Pompeo
    insert into person (name, aliases, country_id, description)
    values ('Mike Pompeo', array ['Pompeo'], pg_temp.country('USA'), 'U.S. Secretary of State')
    returning id into f;
    perform pg_temp.cite(f, a000, 'Secretary of State Mike Pompeo');
    perform pg_temp.cite(f, a002, 'Mike Pompeo''s follow-up meeting');

    insert into person_role (person_id, title, country_id)
    values (pg_temp.person('Mike Pompeo'), 'U.S. Secretary of State', pg_temp.country('USA'))
    returning id into f;
    perform pg_temp.cite(f, a000, 'Secretary of State Mike Pompeo’s weekend talks with Kim');
    perform pg_temp.cite(f, a002, 'the U.S. Secretary of State was promised a personal meeting with Kim');

    -- Kim Yong-chol: article 002 calls him Foreign Minister; that is what is kept.
    insert into person (name, country_id, description)
    values ('Kim Yong-chol', pg_temp.country('PRK'), 'North Korean official; article 002 calls him Foreign Minister')
    returning id into f;
    perform pg_temp.cite(f, a002, 'during his stay in North Korea, he only met with Foreign Minister Kim Yong-chol');

    -- A foreign minister heads the foreign ministry: the role belongs to that organization.
    insert into person_role (person_id, title, organization_id, country_id)
    values (pg_temp.person('Kim Yong-chol'), 'Foreign Minister', pg_temp.org('Foreign Ministry of North Korea'),
            pg_temp.country('PRK'))
    returning id into f;
    perform pg_temp.cite(f, a002, 'during his stay in North Korea, he only met with Foreign Minister Kim Yong-chol');

    -- Cassie Grissom, author of article 001
    insert into person (name, aliases, country_id, residence_id, description)
    values ('Cassie Grissom', array ['Cassie'], pg_temp.country('USA'), pg_temp.place('Seoul'),
            'American journalist and author living in Seoul, South Korea; studies the Korean peninsula, with a focus '
                'on human rights issues in North Korea, and is an active advocate for human rights in North Korea')
    returning id into f;
    perform pg_temp.cite(f, a001, 'Cassie Grissom is an American journalist and author living in Seoul, South Korea.');

    insert into person_role (person_id, title)
    values (pg_temp.person('Cassie Grissom'), 'Journalist')
    returning id into f;
    perform pg_temp.cite(f, a001, 'Cassie Grissom is an American journalist and author');

    insert into person_role (person_id, title)
    values (pg_temp.person('Cassie Grissom'), 'Author')
    returning id into f;
    perform pg_temp.cite(f, a001, 'Cassie Grissom is an American journalist and author');
    perform pg_temp.cite(f, a001, 'In addition to her work as an author');

    insert into person_role (person_id, title, started_on, started_precision)
    values (pg_temp.person('Cassie Grissom'), 'Student of the Korean peninsula', date '2011-01-01', 'YEAR')
    returning id into f;
    perform pg_temp.cite(f, a001, 'She has been studying the Korean peninsula since 2011, and her work focuses on understanding human rights issues in North Korea.');

    insert into person_role (person_id, title)
    values (pg_temp.person('Cassie Grissom'), 'Advocate for human rights in North Korea')
    returning id into f;
    perform pg_temp.cite(f, a001, 'Cassie is an active advocate for human rights in North Korea.');
    perform pg_temp.cite(f, a001, 'She regularly shares stories about life in North Korea with international audiences to raise awareness of the plight of its citizens.');
end
$$;

-- The author of article 001 (the other two articles name none).
update source set author_id = pg_temp.person('Cassie Grissom') where slug = '001_d936e0b87956d889';

-- Events and who took part -------------------------------------------------------------------------------------
-- Article 000 gives no year: its events fall between the June 12, 2018 summit and the February 2019 summit
-- (both dated by article 001). Dates no article gives stay NULL.
do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    a001 constant text := '001_d936e0b87956d889';
    a002 constant text := '002_49d120ea23732ed2';
    e    bigint;
    f    bigint;
begin
    -- The first summit, Singapore, June 12, 2018
    insert into event (name, kind, status, summit_sequence, starts_on, start_precision, date_note,
                       location_id, country_id, description, outcome)
    values ('Singapore summit', 'SUMMIT', 'HELD', 1, date '2018-06-12', 'DAY',
            'Articles 000 and 002 say June 12 without a year; article 001 gives June 12, 2018.',
            pg_temp.place('Singapore'), pg_temp.country('SGP'),
            'First summit between Donald Trump and Kim Jong Un, the first ever between a sitting U.S. president and '
                'North Korea''s leader: the first step in a long process towards peace on the Korean peninsula, over a '
                'decade in the making, and a dramatic shift in U.S.-North Korean relations that had been fraught with '
                'tension.',
            'Trump and Kim signed a joint statement committing the two countries to new relations, to work toward '
                'complete denuclearization and to a lasting peace on the Korean peninsula.')
    returning id into e;
    perform pg_temp.cite(e, a000, 'the first summit held in Singapore on June 12');
    perform pg_temp.cite(e, a001, 'Donald Trump’s historic meeting with North Korean leader Kim Jong Un in Singapore on June 12, 2018 was the first ever between a sitting U.S. president and the leader of the reclusive nation.');
    perform pg_temp.cite(e, a001, 'The summit was the first step in a long process towards peace on the Korean peninsula and one that had been over a decade in the making.');
    perform pg_temp.cite(e, a001, 'Trump’s visit marked a dramatic shift in U.S.-North Korean relations that had been fraught with tension.');
    perform pg_temp.cite(e, a001, 'At the summit, Trump and Kim signed a joint statement');
    perform pg_temp.cite(e, a002, 'the historic June 12 summit in Singapore between President Donald Trump and Kim Jong Un');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Donald Trump'), 'PRINCIPAL', 'President of the United States') returning id into f;
    perform pg_temp.cite(f, a001, 'Donald Trump’s historic meeting with North Korean leader Kim Jong Un in Singapore');
    perform pg_temp.cite(f, a002, 'the historic June 12 summit in Singapore between President Donald Trump and Kim Jong Un');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Kim Jong Un'), 'PRINCIPAL', 'Leader of North Korea') returning id into f;
    perform pg_temp.cite(f, a001, 'Donald Trump’s historic meeting with North Korean leader Kim Jong Un in Singapore');
    perform pg_temp.cite(f, a002, 'the historic June 12 summit in Singapore between President Donald Trump and Kim Jong Un');

    -- The second summit: slated after the mid-term elections (000), held in Vietnam in February 2019 (001)
    insert into event (name, kind, status, summit_sequence, starts_on, start_precision, date_note,
                       country_id, follow_up_of_id, description, outcome)
    values ('Second Trump-Kim summit', 'SUMMIT', 'HELD', 2, date '2019-02-01', 'MONTH',
            'Article 001 gives February 2019 (no day); article 000 only says it was slated to follow the November 6 '
                'mid-term elections.',
            pg_temp.country('VNM'), pg_temp.event('Singapore summit'),
            'Second meeting between Trump and Kim Jong Un. Article 000: announced by Trump as slated to take place after '
                'the mid-term elections, with "three or four locations" being weighed. Article 001: follow-up meetings '
                'held in Vietnam (no city given) in February 2019, where the two leaders discussed further '
                'denuclearization measures and issues such as economic development in North Korea.',
            'Cut short without an agreement.')
    returning id into e;
    perform pg_temp.cite(e, a000, 'Trump‑Kim: A Summit on the Horizon');
    perform pg_temp.cite(e, a000, 'his second meeting with North Korean leader Kim Jong‑Un is slated to take place');
    perform pg_temp.cite(e, a000, 'they’re weighing “three or four locations” for the next summit');
    perform pg_temp.cite(e, a001, 'After the summit, the two leaders held follow-up meetings in Vietnam in February 2019, where they discussed further denuclearization measures and issues such as economic development in North Korea.');
    perform pg_temp.cite(e, a001, 'The talks were cut short, however, without an agreement.');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Donald Trump'), 'PRINCIPAL', 'President of the United States') returning id into f;
    perform pg_temp.cite(f, a000, 'President Donald Trump announced that his second meeting with North Korean leader Kim Jong‑Un is slated to take place');
    perform pg_temp.cite(f, a001, 'the two leaders held follow-up meetings in Vietnam in February 2019');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Kim Jong Un'), 'PRINCIPAL', 'Leader of North Korea') returning id into f;
    perform pg_temp.cite(f, a000, 'President Donald Trump announced that his second meeting with North Korean leader Kim Jong‑Un is slated to take place');
    perform pg_temp.cite(f, a001, 'the two leaders held follow-up meetings in Vietnam in February 2019');

    -- The most recent meeting, June 2020, as article 001 states it
    insert into event (name, kind, status, starts_on, start_precision, date_note, description)
    values ('Trump-Kim meeting of June 2020', 'MEETING', 'HELD', date '2020-06-01', 'MONTH',
            'Article 001 gives June 2020 (no day, no place).',
            'The most recent of several meetings Trump and Kim Jong Un have had since the first summit, according to '
                'article 001.')
    returning id into e;
    perform pg_temp.cite(e, a001, 'Trump and Kim have had several other meetings since the first summit, with the most recent meeting being held in June 2020.');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Donald Trump'), 'PRINCIPAL', 'President of the United States') returning id into f;
    perform pg_temp.cite(f, a001, 'Trump and Kim have had several other meetings since the first summit, with the most recent meeting being held in June 2020.');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Kim Jong Un'), 'PRINCIPAL', 'Leader of North Korea') returning id into f;
    perform pg_temp.cite(f, a001, 'Trump and Kim have had several other meetings since the first summit, with the most recent meeting being held in June 2020.');

    -- The 2018 mid-term elections: still ahead when article 000 was written ("The countdown to November is on")
    insert into event (name, kind, status, starts_on, start_precision, date_note, country_id, description)
    values ('2018 U.S. mid-term elections', 'ELECTION', 'PLANNED', date '2018-11-06', 'DAY',
            'Article 000 says "November 6" without a year. The year 2018 is inferred: article 000''s events fall between '
                'the Singapore summit of June 12, 2018 and the second summit of February 2019, both dated by article 001.',
            pg_temp.country('USA'),
            'The U.S. mid-term elections on November 6, still ahead when article 000 was written; Trump''s second '
                'summit with Kim Jong Un was slated to follow them.')
    returning id into e;
    perform pg_temp.cite(e, a000, 'Following November Election');
    perform pg_temp.cite(e, a000, 'the mid‑term elections on November 6');
    perform pg_temp.cite(e, a000, 'Bottom line: The countdown to November is on');
    perform pg_temp.cite(e, a000, 'With the political landscape shifting post‑midterms');
    perform pg_temp.cite(e, a001, 'in Singapore on June 12, 2018');
    perform pg_temp.cite(e, a001, 'follow-up meetings in Vietnam in February 2019');

    -- The 2020 presidential election: "coming up" when article 001 was written
    insert into event (name, kind, status, starts_on, start_precision, date_note, country_id, description)
    values ('2020 U.S. presidential election', 'ELECTION', 'PLANNED', date '2020-11-01', 'MONTH',
            'Article 001 gives November 2020 (no day).', pg_temp.country('USA'),
            'U.S. presidential elections coming up in November 2020 when article 001 was written; Trump''s efforts in '
                'North Korea could boost his re-election campaign.')
    returning id into e;
    perform pg_temp.cite(e, a001, 'With U.S. presidential elections coming up in November 2020');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Donald Trump'), 'CANDIDATE', 'President of the United States, seeking re-election')
    returning id into f;
    perform pg_temp.cite(f, a001, 'Trump’s efforts in North Korea could provide a boost for his re-election campaign');

    -- Trump's announcement of the second summit, made on the flight to Iowa
    insert into event (name, kind, status, date_note, description)
    values ('Trump announces second summit with Kim', 'ANNOUNCEMENT', 'HELD',
            'No article gives the date.',
            'Speaking on the flight to Iowa for a campaign rally, Trump announced that his second meeting with Kim '
                'Jong Un is slated to take place after the November 6 mid-term elections, and teased the world: '
                '"I just can’t leave now."')
    returning id into e;
    perform pg_temp.cite(e, a000, 'After the mid‑term elections on November 6, President Donald Trump announced that his second meeting with North Korean leader Kim Jong‑Un is slated to take place.');
    perform pg_temp.cite(e, a000, 'Speaking on the flight to Iowa for a campaign rally, he teased the world');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Donald Trump'), 'SPEAKER', 'President of the United States') returning id into f;
    perform pg_temp.cite(f, a000, 'President Donald Trump announced that his second meeting with North Korean leader Kim Jong‑Un is slated to take place');

    -- The flight to Iowa and the campaign rally it was for (the article reports the flight, not the rally)
    insert into event (name, kind, status, date_note, location_id, country_id, description)
    values ('Trump''s flight to Iowa', 'TRIP', 'HELD', 'No article gives the date.',
            pg_temp.place('Iowa'), pg_temp.country('USA'),
            'Trump''s flight to Iowa for a campaign rally, on which he announced the second summit with Kim Jong Un.')
    returning id into e;
    perform pg_temp.cite(e, a000, 'Speaking on the flight to Iowa for a campaign rally');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Donald Trump'), 'PRINCIPAL', 'President of the United States') returning id into f;
    perform pg_temp.cite(f, a000, 'Speaking on the flight to Iowa for a campaign rally, he teased the world');

    insert into event (name, kind, status, date_note, location_id, country_id, description)
    values ('Trump campaign rally in Iowa', 'RALLY', 'PLANNED', 'No article gives the date.',
            pg_temp.place('Iowa'), pg_temp.country('USA'),
            'The campaign rally in Iowa that Trump was flying to; article 000 does not report the rally itself.')
    returning id into e;
    perform pg_temp.cite(e, a000, 'the flight to Iowa for a campaign rally');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Donald Trump'), 'PRINCIPAL', 'President of the United States') returning id into f;
    perform pg_temp.cite(f, a000, 'Speaking on the flight to Iowa for a campaign rally');

    -- Trump's remarks earlier the same day
    insert into event (name, kind, status, date_note, description)
    values ('Trump''s remarks on progress in the denuclearization talks', 'STATEMENT', 'HELD',
            'Earlier on the day of the announcement of the second summit; no article gives the date.',
            'Trump highlighted the progress made at the Singapore summit, said he was "seeing the light" in the '
                'denuclearization talks, praised Pompeo''s weekend talks with Kim and said "three or four locations" '
                'were being weighed for the next summit.')
    returning id into e;
    perform pg_temp.cite(e, a000, 'Earlier in the day, Trump highlighted the progress made in the first summit held in Singapore on June 12, saying he was “seeing the light” in the denuclearization talks.');
    perform pg_temp.cite(e, a000, 'He praised Secretary of State Mike Pompeo’s weekend talks with Kim and mentioned that they’re weighing “three or four locations” for the next summit.');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Donald Trump'), 'SPEAKER', 'President of the United States') returning id into f;
    perform pg_temp.cite(f, a000, 'Earlier in the day, Trump highlighted the progress made in the first summit');

    -- Pompeo's weekend talks with Kim
    insert into event (name, kind, status, date_note, description)
    values ('Pompeo''s weekend talks with Kim', 'TALKS', 'HELD', 'Held over a weekend; no article gives the date.',
            'Weekend talks between Secretary of State Mike Pompeo and Kim Jong Un, praised by Trump.')
    returning id into e;
    perform pg_temp.cite(e, a000, 'Secretary of State Mike Pompeo’s weekend talks with Kim');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Mike Pompeo'), 'PRINCIPAL', 'U.S. Secretary of State') returning id into f;
    perform pg_temp.cite(f, a000, 'Secretary of State Mike Pompeo’s weekend talks with Kim');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Kim Jong Un'), 'PRINCIPAL', 'Leader of North Korea') returning id into f;
    perform pg_temp.cite(f, a000, 'Secretary of State Mike Pompeo’s weekend talks with Kim');

    -- Pompeo's remarks at the White House ("Pompeo Adds the Check‑In")
    insert into event (name, kind, status, date_note, location_id, country_id, description)
    values ('Pompeo''s remarks at the White House', 'STATEMENT', 'HELD', 'No article gives the date.',
            pg_temp.place('White House'), pg_temp.country('USA'),
            'Pompeo echoed Trump''s optimism: while there is still a long way to go, a clear path to "full and final '
                'verified denuclearization" has emerged, and Kim is "pretty close" to agreeing on the meeting details. '
                'Under the same heading article 000 reports that Kim has promised to let international inspectors into '
                'the Punggye-ri nuclear site and the Sohae missile test facility.')
    returning id into e;
    perform pg_temp.cite(e, a000, 'Pompeo Adds the Check‑In');
    perform pg_temp.cite(e, a000, 'Pompeo echoed Trump’s optimism at the White House, stating that while there’s still a long way to go, a clear path to “full and final verified denuclearization” has emerged.');
    perform pg_temp.cite(e, a000, 'He noted that Kim is “pretty close” to agreeing on the meeting details.');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Mike Pompeo'), 'SPEAKER', 'U.S. Secretary of State') returning id into f;
    perform pg_temp.cite(f, a000, 'Pompeo echoed Trump’s optimism at the White House');

    -- Pompeo's follow-up visit to North Korea, which stalled
    insert into event (name, kind, status, date_note, country_id, follow_up_of_id, description, outcome)
    values ('Pompeo''s follow-up visit to North Korea', 'VISIT', 'HELD',
            'After the June 12 Singapore summit; no article gives the date.',
            pg_temp.country('PRK'), pg_temp.event('Singapore summit'),
            'Pompeo''s follow-up meeting with the leadership of North Korea, expected to build on the gains of the '
                'June 12 Singapore summit. Pompeo had been promised a personal meeting with Kim Jong Un, but Kim was not '
                'present ("apparently out of town", as his top deputy told Pompeo''s delegation); Pompeo met only '
                'Foreign Minister Kim Yong-chol among top North Korean officials. Article 002 calls it both an '
                '"overnight visit" and a "three-day visit".',
            'Ended in an awkward stalemate, with no progress on denuclearization talks (reports; sources via CNN). '
                'Disputed: Pompeo called the meeting "productive".')
    returning id into e;
    perform pg_temp.cite(e, a002, 'Mike Pompeo''s North Korea Meeting Flounders, Reports Say');
    perform pg_temp.cite(e, a002, 'Mike Pompeo''s follow-up meeting with the leadership of North Korea was expected to build on the gains both sides have established during the historic June 12 summit in Singapore');
    perform pg_temp.via(
        pg_temp.cite(e, a002, 'the meeting between Pompeo and top North Korean officials ended in an awkward stalemate, according to reports. Kim Jong Un was not present during the overnight visit, and no progress on denuclearization talks was established, according to sources via CNN.'),
        'CNN');
    perform pg_temp.cite(e, a002, 'the U.S. Secretary of State was promised a personal meeting with Kim, but during his stay in North Korea, he only met with Foreign Minister Kim Yong-chol');
    perform pg_temp.cite(e, a002, 'the leader was apparently out of town, as his top deputy told Pompeo''s delegation during his three-day visit');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Mike Pompeo'), 'VISITOR', 'U.S. Secretary of State') returning id into f;
    perform pg_temp.cite(f, a002, 'the meeting between Pompeo and top North Korean officials');
    perform pg_temp.cite(f, a002, 'during his stay in North Korea, he only met with Foreign Minister Kim Yong-chol');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Kim Yong-chol'), 'HOST', 'Foreign Minister') returning id into f;
    perform pg_temp.cite(f, a002, 'during his stay in North Korea, he only met with Foreign Minister Kim Yong-chol');

    -- Kim's visit to the potato farms in Samjiyon, the day he was to meet Pompeo
    insert into event (name, kind, status, date_note, location_id, country_id, description)
    values ('Kim Jong Un''s visit to the Samjiyon potato farms', 'VISIT', 'HELD',
            'The same day Pompeo was supposed to have a face-to-face meeting with Kim during his visit to North Korea; '
                'no article gives the date.',
            pg_temp.place('Samjiyon potato farms'), pg_temp.country('PRK'),
            'Kim Jong Un visited a farm community near the Chinese border to see the potato farms (New York Magazine) '
                'and looked round the workteam''s farm machines and tractors (KCNA, which reported the visit in '
                'abundant detail), instead of meeting Pompeo.')
    returning id into e;
    perform pg_temp.cite(e, a002, 'Kim Jong Un Visits Potato Farm');
    perform pg_temp.via(
        pg_temp.cite(e, a002, 'Kim has visited a farm community near the Chinese border to see the potato farms, according to the New York Magazine.'),
        'New York Magazine');
    perform pg_temp.via(
        pg_temp.cite(e, a002, 'The state-run news outlet, KCNA, would go on to report in abundant detail Kim''s visit to Samjiyon country, on the same day that Pompeo was supposed to have a face-to-face meeting with him.'),
        'KCNA');

    insert into participation (event_id, person_id, role, capacity)
    values (e, pg_temp.person('Kim Jong Un'), 'VISITOR', 'Leader of North Korea') returning id into f;
    perform pg_temp.via(
        pg_temp.cite(f, a002, 'Kim has visited a farm community near the Chinese border to see the potato farms, according to the New York Magazine.'),
        'New York Magazine');
    perform pg_temp.via(pg_temp.cite(f, a002, 'KCNA, would go on to report in abundant detail Kim''s visit to Samjiyon country'), 'KCNA');
end
$$;

-- The joint statement of the first summit and its commitments ------------------------------------------------
do $$
declare
    a001 constant text := '001_d936e0b87956d889';
    f    bigint;
begin
    insert into agreement (title, description, event_id, signed_on, signed_precision)
    values ('Joint statement of the Singapore summit',
            'Joint statement signed by Trump and Kim Jong Un at the Singapore summit; among other things it committed '
                'the two countries to establishing new relations, to work toward complete denuclearization and to push '
                'for a lasting peace on the Korean peninsula.',
            pg_temp.event('Singapore summit'), date '2018-06-12', 'DAY')
    returning id into f;
    perform pg_temp.cite(f, a001, 'At the summit, Trump and Kim signed a joint statement that, among other things, committed the two countries to establishing new relations, committing to work toward complete denuclearization, and pushing for a lasting peace on the Korean peninsula.');
    perform pg_temp.cite(f, a001, 'Kim Jong Un in Singapore on June 12, 2018');

    insert into commitment (description, kind, status, agreement_id)
    values ('Establish new relations between the United States and North Korea', 'JOINT_COMMITMENT', 'PROMISED',
            pg_temp.agreement('Joint statement of the Singapore summit'))
    returning id into f;
    insert into commitment_party (commitment_id, position, country_id)
    values (f, 1, pg_temp.country('USA')), (f, 2, pg_temp.country('PRK'));
    perform pg_temp.cite(f, a001, 'committed the two countries to establishing new relations');

    insert into commitment (description, kind, status, agreement_id)
    values ('Work toward complete denuclearization', 'JOINT_COMMITMENT', 'PROMISED',
            pg_temp.agreement('Joint statement of the Singapore summit'))
    returning id into f;
    insert into commitment_party (commitment_id, position, country_id)
    values (f, 1, pg_temp.country('USA')), (f, 2, pg_temp.country('PRK'));
    perform pg_temp.cite(f, a001, 'committing to work toward complete denuclearization');

    insert into commitment (description, kind, status, agreement_id)
    values ('Push for a lasting peace on the Korean peninsula', 'JOINT_COMMITMENT', 'PROMISED',
            pg_temp.agreement('Joint statement of the Singapore summit'))
    returning id into f;
    insert into commitment_party (commitment_id, position, country_id)
    values (f, 1, pg_temp.country('USA')), (f, 2, pg_temp.country('PRK'));
    insert into commitment_location (commitment_id, location_id) values (f, pg_temp.place('Korean peninsula'));
    perform pg_temp.cite(f, a001, 'pushing for a lasting peace on the Korean peninsula');
end
$$;

-- Other promises and offers ------------------------------------------------------------------------------------
do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    a001 constant text := '001_d936e0b87956d889';
    f    bigint;
begin
    -- Kim's promise on inspectors, reported under "Pompeo Adds the Check‑In"
    insert into commitment (description, kind, status, announced_by_id)
    values ('Let international inspectors into the Punggye-ri nuclear test site and the Sohae missile test facility',
            'PROMISE', 'PROMISED', pg_temp.person('Mike Pompeo'))
    returning id into f;
    insert into commitment_party (commitment_id, position, person_id) values (f, 1, pg_temp.person('Kim Jong Un'));
    insert into commitment_location (commitment_id, location_id)
    values (f, pg_temp.place('Punggye-ri nuclear test site')), (f, pg_temp.place('Sohae missile test facility'));
    perform pg_temp.cite(f, a000, 'Kim has even promised to let international inspectors into the Punggye‑Ri nuclear site and the Sohae missile test facility.');
    perform pg_temp.cite(f, a000, 'Pompeo Adds the Check‑In');

    -- Trump: foreign investment opportunities would be "spectacular"
    insert into commitment (description, kind, status, condition, announced_by_id)
    values ('Foreign investment opportunities for North Korea would be "spectacular"', 'PROMISE', 'PROMISED',
            'If North Korea can finally open its doors to foreign investment', pg_temp.person('Donald Trump'))
    returning id into f;
    insert into commitment_party (commitment_id, position, person_id) values (f, 1, pg_temp.person('Donald Trump'));
    perform pg_temp.cite(f, a000, 'North Korea stands to gain huge economic opportunities if it can finally open its doors to foreign investment—something the president promised would be “spectacular.”');

    -- Diplomatic concessions offered in exchange for denuclearization (article 001)
    insert into commitment (description, kind, status, condition, announced_by_id)
    values ('Open diplomatic relations with North Korea', 'OFFER', 'OFFERED', 'In exchange for denuclearization',
            pg_temp.person('Donald Trump'))
    returning id into f;
    insert into commitment_party (commitment_id, position, person_id, country_id)
    values (f, 1, pg_temp.person('Donald Trump'), null), (f, 2, null, pg_temp.country('USA'));
    perform pg_temp.cite(f, a001, 'the United States has also offered North Korea diplomatic concessions in exchange for denuclearization');
    perform pg_temp.cite(f, a001, 'Trump has expressed willingness to open diplomatic relations with North Korea');

    insert into commitment (description, kind, status, condition, announced_by_id)
    values ('Humanitarian aid to North Korea', 'OFFER', 'OFFERED', 'In exchange for denuclearization',
            pg_temp.person('Donald Trump'))
    returning id into f;
    insert into commitment_party (commitment_id, position, person_id, country_id)
    values (f, 1, pg_temp.person('Donald Trump'), null), (f, 2, null, pg_temp.country('USA'));
    perform pg_temp.cite(f, a001, 'the United States has also offered North Korea diplomatic concessions in exchange for denuclearization');
    perform pg_temp.cite(f, a001, 'Trump has expressed willingness to open diplomatic relations with North Korea, offered humanitarian aid');

    insert into commitment (description, kind, status, condition, announced_by_id)
    values ('Lift some sanctions on North Korea', 'OFFER', 'UNDER_CONSIDERATION', 'In exchange for denuclearization',
            pg_temp.person('Donald Trump'))
    returning id into f;
    insert into commitment_party (commitment_id, position, person_id, country_id)
    values (f, 1, pg_temp.person('Donald Trump'), null), (f, 2, null, pg_temp.country('USA'));
    perform pg_temp.cite(f, a001, 'the United States has also offered North Korea diplomatic concessions in exchange for denuclearization');
    perform pg_temp.cite(f, a001, 'even considered lifting some sanctions in exchange for denuclearization');

    -- Humanitarian aid and engagement if North Korea pledges to pursue peace
    insert into commitment (description, kind, status, condition, announced_by_id)
    values ('Humanitarian aid and greater engagement on the world stage for North Korea', 'OFFER', 'OFFERED',
            'If North Korea pledges to pursue peace', pg_temp.person('Donald Trump'))
    returning id into f;
    insert into commitment_party (commitment_id, position, person_id) values (f, 1, pg_temp.person('Donald Trump'));
    perform pg_temp.cite(f, a001, 'has even offered humanitarian aid and greater engagement on the world stage, if North Korea pledges to pursue peace');
end
$$;

-- Sanctions (issuer United States, target North Korea; no article dates them) ----------------------------------
do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    a001 constant text := '001_d936e0b87956d889';
    f    bigint;
begin
    -- Article 000: sector not stated
    insert into sanction (description, issuer_id, target_id, sector, status, lifting_condition)
    values ('Hefty U.S. sanctions on Pyongyang, not yet lifted', pg_temp.country('USA'), pg_temp.country('PRK'),
            null, 'ACTIVE', 'Only if tangible steps are taken (as the president said)')
    returning id into f;
    perform pg_temp.cite(f, a000, 'the United States has yet to lift its hefty sanctions on Pyongyang, a move the president said would only happen if tangible steps are taken');

    -- Article 001: economic sanctions on key sectors
    insert into sanction (description, issuer_id, target_id, sector, status, lifting_condition)
    values ('U.S. economic sanctions targeting North Korea''s banking sector, employed to pressure North Korea into '
                'denuclearization; largely supported by the international community',
            pg_temp.country('USA'), pg_temp.country('PRK'), 'BANKING', 'ACTIVE',
            'Trump has considered lifting some sanctions in exchange for denuclearization')
    returning id into f;
    perform pg_temp.cite(f, a001, 'the United States has also employed economic sanctions to pressure North Korea into denuclearization');
    perform pg_temp.cite(f, a001, 'The sanctions, which are largely supported by the international community, have been used to target key sectors of the North Korean economy, such as its banking sector and its energy industry.');
    perform pg_temp.cite(f, a001, 'even considered lifting some sanctions in exchange for denuclearization');

    insert into sanction (description, issuer_id, target_id, sector, status, lifting_condition)
    values ('U.S. economic sanctions targeting North Korea''s energy industry, employed to pressure North Korea into '
                'denuclearization; largely supported by the international community',
            pg_temp.country('USA'), pg_temp.country('PRK'), 'ENERGY', 'ACTIVE',
            'Trump has considered lifting some sanctions in exchange for denuclearization')
    returning id into f;
    perform pg_temp.cite(f, a001, 'the United States has also employed economic sanctions to pressure North Korea into denuclearization');
    perform pg_temp.cite(f, a001, 'The sanctions, which are largely supported by the international community, have been used to target key sectors of the North Korean economy, such as its banking sector and its energy industry.');
    perform pg_temp.cite(f, a001, 'even considered lifting some sanctions in exchange for denuclearization');
end
$$;

-- Humanitarian statistics (no period stated) ------------------------------------------------------------------
do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    f    bigint;
begin
    insert into humanitarian_statistic (indicator, value, unit, comparator, population_group, country_id, stated_as)
    values ('MALNUTRITION', 0.2, 'RATIO', 'EXACT', 'CHILDREN', pg_temp.country('PRK'), 'one in five')
    returning id into f;
    perform pg_temp.cite(f, a000, 'humanitarian concerns persist: one in five children in North Korea suffers from malnutrition');

    insert into humanitarian_statistic (indicator, value, unit, comparator, population_group, country_id, stated_as)
    values ('UNDERNOURISHMENT', 10000000, 'PEOPLE', 'MORE_THAN', 'CITIZENS', pg_temp.country('PRK'), 'over ten million')
    returning id into f;
    perform pg_temp.cite(f, a000, 'one in five children in North Korea suffers from malnutrition, and over ten million citizens are undernourished and desperately need aid');
end
$$;

-- Quotes -------------------------------------------------------------------------------------------------------
do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    a002 constant text := '002_49d120ea23732ed2';
    f    bigint;
begin
    -- Article 000
    insert into quote (text, speaker_id, occasion_id)
    values ('I just can’t leave now', pg_temp.person('Donald Trump'),
            pg_temp.event('Trump announces second summit with Kim'))
    returning id into f;
    perform pg_temp.cite(f, a000, 'Speaking on the flight to Iowa for a campaign rally, he teased the world, “I just can’t leave now.”');

    insert into quote (text, speaker_id, occasion_id)
    values ('seeing the light', pg_temp.person('Donald Trump'),
            pg_temp.event('Trump''s remarks on progress in the denuclearization talks'))
    returning id into f;
    perform pg_temp.cite(f, a000, 'Trump highlighted the progress made in the first summit held in Singapore on June 12, saying he was “seeing the light” in the denuclearization talks');

    insert into quote (text, speaker_id, occasion_id)
    values ('three or four locations', pg_temp.person('Donald Trump'),
            pg_temp.event('Trump''s remarks on progress in the denuclearization talks'))
    returning id into f;
    perform pg_temp.cite(f, a000, 'mentioned that they’re weighing “three or four locations” for the next summit');

    insert into quote (text, speaker_id, occasion_id)
    values ('full and final verified denuclearization', pg_temp.person('Mike Pompeo'),
            pg_temp.event('Pompeo''s remarks at the White House'))
    returning id into f;
    perform pg_temp.cite(f, a000, 'Pompeo echoed Trump’s optimism at the White House, stating that while there’s still a long way to go, a clear path to “full and final verified denuclearization” has emerged.');

    insert into quote (text, speaker_id, occasion_id)
    values ('pretty close', pg_temp.person('Mike Pompeo'), pg_temp.event('Pompeo''s remarks at the White House'))
    returning id into f;
    perform pg_temp.cite(f, a000, 'He noted that Kim is “pretty close” to agreeing on the meeting details.');

    insert into quote (text, speaker_id)
    values ('spectacular', pg_temp.person('Donald Trump'))
    returning id into f;
    perform pg_temp.cite(f, a000, 'something the president promised would be “spectacular.”');

    insert into quote (text, speaker_description)
    values ('rockets flying', 'Unattributed: article 000 puts the phrase in quotation marks without saying who said it')
    returning id into f;
    perform pg_temp.cite(f, a000, 'without any more “rockets flying” or provocations on either side');

    -- Article 002
    insert into quote (text, speaker_description)
    values ('The North Koreans were just messing around, not serious about moving forward',
            'an insider who is said to have close knowledge of the discussions')
    returning id into f;
    perform pg_temp.via(
        pg_temp.cite(f, a002, '"The North Koreans were just messing around, not serious about moving forward," the insider, who is said to have close knowledge of the discussions, described the meeting.'),
        'CNN');

    insert into quote (text, speaker_description)
    values ('as badly as it could have',
            'Unattributed: article 002 says the meeting "is now seen" to have gone this way, after citing reports')
    returning id into f;
    perform pg_temp.cite(f, a002, 'the meeting is now seen to have gone "as badly as it could have."');

    insert into quote (text, speaker_id)
    values ('productive', pg_temp.person('Mike Pompeo'))
    returning id into f;
    perform pg_temp.cite(f, a002, 'Pompeo would only comment that the meeting was "productive."');

    insert into quote (text, speaker_id)
    values ('in good faith', pg_temp.person('Mike Pompeo'))
    returning id into f;
    perform pg_temp.cite(f, a002, 'Pompeo would generously describe the talks with the country''s top officials to have been made "in good faith,"');

    insert into quote (text, speaker_description, organization_id)
    values ('gangster-like', 'an unidentified foreign ministry official for North Korea',
            pg_temp.org('Foreign Ministry of North Korea'))
    returning id into f;
    perform pg_temp.via(
        pg_temp.cite(f, a002, 'an unidentified foreign ministry official for North Korea described Pompeo''s approach as "gangster-like," according to the state-run Korean Central News Agency (KCNA) via the Independent.'),
        'KCNA', 'The Independent');

    insert into quote (text, speaker_description, organization_id, occasion_id)
    values ('Looking round farm machines and tractors of the workteam, he acquainted himself with how many tractors it has and how it operates them',
            'KCNA news updates', pg_temp.org('KCNA'), pg_temp.event('Kim Jong Un''s visit to the Samjiyon potato farms'))
    returning id into f;
    perform pg_temp.via(
        pg_temp.cite(f, a002, 'Kim was reportedly "Looking round farm machines and tractors of the workteam, he acquainted himself with how many tractors it has and how it operates them," according to news updates by KCNA.'),
        'KCNA');
end
$$;

-- Stances ------------------------------------------------------------------------------------------------------
-- event_id / agreement_id name what a stance is about. The articles' own assessments are held by their author
-- (Cassie Grissom for 001; article 000's author is not named).
do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    a001 constant text := '001_d936e0b87956d889';
    f    bigint;
begin
    -- Verification, allies
    insert into stance (kind, description, holder_description)
    values ('CALL_FOR', 'Greater verification measures to ensure that North Korea is living up to its promises',
            'other U.S. allies')
    returning id into f;
    insert into stance_holder (stance_id, position, country_id)
    values (f, 1, pg_temp.country('JPN')), (f, 2, pg_temp.country('KOR'));
    perform pg_temp.cite(f, a001, 'Japan, South Korea, and other U.S. allies have called for greater verification measures to ensure that North Korea is living up to its promises.');

    -- Article 000: optimism and skepticism
    insert into stance (kind, description, event_id)
    values ('CONFIDENCE', 'Progress made at the first summit: "seeing the light" in the denuclearization talks',
            pg_temp.event('Singapore summit'))
    returning id into f;
    insert into stance_holder (stance_id, position, person_id) values (f, 1, pg_temp.person('Donald Trump'));
    perform pg_temp.cite(f, a000, 'Trump highlighted the progress made in the first summit held in Singapore on June 12, saying he was “seeing the light” in the denuclearization talks');

    insert into stance (kind, description, event_id)
    values ('SUPPORT', 'Praise for Pompeo''s weekend talks with Kim', pg_temp.event('Pompeo''s weekend talks with Kim'))
    returning id into f;
    insert into stance_holder (stance_id, position, person_id) values (f, 1, pg_temp.person('Donald Trump'));
    perform pg_temp.cite(f, a000, 'He praised Secretary of State Mike Pompeo’s weekend talks with Kim');

    insert into stance (kind, description)
    values ('CONFIDENCE', 'A clear path to full and final verified denuclearization has emerged, though there is still a '
                              'long way to go')
    returning id into f;
    insert into stance_holder (stance_id, position, person_id) values (f, 1, pg_temp.person('Mike Pompeo'));
    perform pg_temp.cite(f, a000, 'Pompeo echoed Trump’s optimism at the White House, stating that while there’s still a long way to go, a clear path to “full and final verified denuclearization” has emerged.');

    insert into stance (kind, description, holder_description)
    values ('SKEPTICISM', 'Kim''s promises are a polite routine rather than genuine breakthroughs', 'experts')
    returning id into f;
    perform pg_temp.cite(f, a000, 'Experts remain skeptical, viewing Kim’s promises as a polite routine rather than genuine breakthroughs.');

    insert into stance (kind, description, holder_description)
    values ('ASSESSMENT', 'Trump''s enthusiasm is clear, but the real test is whether those hopes translate into concrete '
                              'action; the world is waiting to see if the U.S. and North Korea can turn the good vibes '
                              'into real results',
            'the unnamed author of article 000')
    returning id into f;
    perform pg_temp.cite(f, a000, 'Trump’s enthusiasm is clear, but the real test is whether those hopes translate into concrete action');
    perform pg_temp.cite(f, a000, 'the world is waiting to see if the U.S. and North Korea can turn the good vibes into real results');

    -- Article 001: the joint statement and North Korea's sincerity
    insert into stance (kind, description, holder_description, agreement_id)
    values ('ASSESSMENT', 'The joint statement was an overall success', 'not named (article 001: "was seen as")',
            pg_temp.agreement('Joint statement of the Singapore summit'))
    returning id into f;
    perform pg_temp.cite(f, a001, 'The statement was seen as an overall success');

    insert into stance (kind, description, holder_description, agreement_id)
    values ('SKEPTICISM', 'Skeptical about the joint statement''s details, particularly on denuclearization and whether '
                              'it would actually lead to policy changes in North Korea',
            'some analysts', pg_temp.agreement('Joint statement of the Singapore summit'))
    returning id into f;
    perform pg_temp.cite(f, a001, 'some analysts were skeptical about the document’s details, particularly with regard to the issue of denuclearization and whether it would actually lead to actual policy changes in North Korea');

    insert into stance (kind, description, holder_description, agreement_id)
    values ('ASSESSMENT', 'Divided on whether North Korea is genuinely committed to denuclearization or whether it is '
                              'simply a negotiating tactic to secure concessions from the United States',
            'analysts and experts', pg_temp.agreement('Joint statement of the Singapore summit'))
    returning id into f;
    perform pg_temp.cite(f, a001, 'Despite the joint statement, analysts and experts are divided on whether North Korea is genuinely committed to denuclearization or whether it is simply a negotiating tactic to secure concessions from the United States.');

    insert into stance (kind, description, agreement_id)
    values ('CONFIDENCE', 'North Korea is sincere in its commitment to denuclearization',
            pg_temp.agreement('Joint statement of the Singapore summit'))
    returning id into f;
    insert into stance_holder (stance_id, position, person_id) values (f, 1, pg_temp.person('Donald Trump'));
    perform pg_temp.cite(f, a001, 'Trump has expressed confidence that North Korea is sincere in its commitment to denuclearization');

    insert into stance (kind, description, holder_description, agreement_id)
    values ('SKEPTICISM', 'Skeptical that North Korea is sincere in its commitment to denuclearization', 'many analysts',
            pg_temp.agreement('Joint statement of the Singapore summit'))
    returning id into f;
    perform pg_temp.cite(f, a001, 'While Trump has expressed confidence that North Korea is sincere in its commitment to denuclearization, many analysts remain skeptical.');

    -- Article 001: the two leaders
    insert into stance (kind, description)
    values ('ASSESSMENT', 'Potential for further cooperation, both on denuclearization efforts and economic development '
                              'projects in North Korea')
    returning id into f;
    insert into stance_holder (stance_id, position, person_id)
    values (f, 1, pg_temp.person('Donald Trump')), (f, 2, pg_temp.person('Kim Jong Un'));
    perform pg_temp.cite(f, a001, 'Each leader has acknowledged the potential for further cooperation, both on denuclearization efforts and economic development projects in North Korea.');

    insert into stance (kind, description)
    values ('SUPPORT', 'Interest in further engagement, having discussed the possibility of a follow-up summit')
    returning id into f;
    insert into stance_holder (stance_id, position, person_id)
    values (f, 1, pg_temp.person('Donald Trump')), (f, 2, pg_temp.person('Kim Jong Un'));
    perform pg_temp.cite(f, a001, 'Trump and Kim have also discussed the possibility of a follow-up summit, and have expressed interest in further engagement.');

    insert into stance (kind, description)
    values ('ASSESSMENT', 'Acknowledged the importance of his engagement with North Korea')
    returning id into f;
    insert into stance_holder (stance_id, position, person_id) values (f, 1, pg_temp.person('Donald Trump'));
    perform pg_temp.cite(f, a001, 'Trump has acknowledged the importance of his engagement with North Korea');

    insert into stance (kind, description)
    values ('CONCERN', 'Concern for the North Korean people; greater significance placed on the humanitarian aspects of '
                           'the situation')
    returning id into f;
    insert into stance_holder (stance_id, position, person_id) values (f, 1, pg_temp.person('Donald Trump'));
    perform pg_temp.cite(f, a001, 'he has placed greater significance on the humanitarian aspects of the situation');
    perform pg_temp.cite(f, a001, 'He has repeatedly expressed concern for the North Korean people');

    -- Article 001: the international community
    insert into stance (kind, description, holder_description)
    values ('SUPPORT', 'Applauded Trump''s efforts at engaging with North Korea', 'the international community (largely)')
    returning id into f;
    perform pg_temp.cite(f, a001, 'The international community has largely applauded Trump’s efforts at engaging with North Korea');

    insert into stance (kind, description, holder_description)
    values ('CONCERN', 'Concern over the United States'' willingness to make concessions in exchange for denuclearization',
            'some (in the international community)')
    returning id into f;
    perform pg_temp.cite(f, a001, 'though some have expressed concern over the United States’ willingness to make concessions in exchange for denuclearization');

    insert into stance (kind, description, holder_description)
    values ('SUPPORT', 'Support for the U.S. economic sanctions on North Korea (banking sector, energy industry)',
            'the international community (largely)')
    returning id into f;
    perform pg_temp.cite(f, a001, 'The sanctions, which are largely supported by the international community');

    -- Article 001: the author's own assessments
    insert into stance (kind, description, holder_description)
    values ('ASSESSMENT', 'Despite their differences, Trump and Kim have been able to build a productive relationship',
            'author of article 001')
    returning id into f;
    insert into stance_holder (stance_id, position, person_id) values (f, 1, pg_temp.person('Cassie Grissom'));
    perform pg_temp.cite(f, a001, 'Despite their differences, Trump and Kim have been able to build a productive relationship.');

    insert into stance (kind, description, holder_description)
    values ('ASSESSMENT', 'Denuclearization is one of the most contentious topics between the two countries',
            'author of article 001')
    returning id into f;
    insert into stance_holder (stance_id, position, person_id) values (f, 1, pg_temp.person('Cassie Grissom'));
    perform pg_temp.cite(f, a001, 'The issue of denuclearization is one of the most contentious topics between the two countries.');

    insert into stance (kind, description, holder_description)
    values ('ASSESSMENT', 'Unclear whether the U.S. concessions are enough to sway North Korea', 'author of article 001')
    returning id into f;
    insert into stance_holder (stance_id, position, person_id) values (f, 1, pg_temp.person('Cassie Grissom'));
    perform pg_temp.cite(f, a001, 'However, it remains unclear whether these concessions are enough to sway North Korea.');

    insert into stance (kind, description, holder_description)
    values ('ASSESSMENT', 'Too early to tell whether Trump''s efforts will lead to lasting peace and denuclearization of '
                              'the Korean peninsula; despite significant progress in a working relationship, much work '
                              'remains before the two countries can truly build trust',
            'author of article 001')
    returning id into f;
    insert into stance_holder (stance_id, position, person_id) values (f, 1, pg_temp.person('Cassie Grissom'));
    perform pg_temp.cite(f, a001, 'Overall, it is too early to tell if Trump’s efforts in North Korea will indeed lead to lasting peace and denuclearization of the Korean peninsula.');
    perform pg_temp.cite(f, a001, 'While Trump and Kim have made significant progress in developing a working relationship, there is still much work to be done before the two countries can truly build trust and move towards lasting peace.');

    insert into stance (kind, description, holder_description, event_id)
    values ('ASSESSMENT', 'Trump''s efforts in North Korea could boost his re-election campaign; their success will depend '
                              'on whether he can secure a reliable denuclearization agreement',
            'author of article 001', pg_temp.event('2020 U.S. presidential election'))
    returning id into f;
    insert into stance_holder (stance_id, position, person_id) values (f, 1, pg_temp.person('Cassie Grissom'));
    perform pg_temp.cite(f, a001, 'Trump’s efforts in North Korea could provide a boost for his re-election campaign');
    perform pg_temp.cite(f, a001, 'the success of his efforts will ultimately depend on whether he is able to secure a reliable denuclearization agreement');
end
$$;

-- Disputes: where the articles disagree, one claim per competing value, each pointing at the citation stating it --
do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    a001 constant text := '001_d936e0b87956d889';
    a002 constant text := '002_49d120ea23732ed2';
    visit constant bigint := pg_temp.event('Pompeo''s follow-up visit to North Korea');
    d    bigint;
begin
    -- (a) How Pompeo's follow-up visit went
    insert into dispute (fact_id, property, description)
    values (visit, 'outcome',
            'How Pompeo''s follow-up visit to North Korea went: Pompeo calls it productive and in good faith; reports, '
                'sources via CNN and an insider describe a stalemate in which the North Koreans were not serious; a '
                'North Korean foreign ministry official (via KCNA and the Independent) calls Pompeo''s approach '
                'gangster-like.')
    returning id into d;
    insert into dispute_claim (dispute_id, position, value, citation_id)
    values (d, 1, 'Productive (Pompeo)',
            pg_temp.citation(pg_temp.quote('productive'), a002, 'Pompeo would only comment that the meeting was "productive."')),
           (d, 2, 'The talks were made in good faith (Pompeo)',
            pg_temp.citation(pg_temp.quote('in good faith'), a002, 'Pompeo would generously describe the talks with the country''s top officials to have been made "in good faith,"')),
           (d, 3, 'An awkward stalemate with no progress on denuclearization (reports; sources via CNN)',
            pg_temp.citation(visit, a002, 'the meeting between Pompeo and top North Korean officials ended in an awkward stalemate, according to reports. Kim Jong Un was not present during the overnight visit, and no progress on denuclearization talks was established, according to sources via CNN.')),
           (d, 4, 'The North Koreans were just messing around, not serious about moving forward (an insider, via CNN)',
            pg_temp.citation(pg_temp.quote('The North Koreans were just messing around, not serious about moving forward'), a002, '"The North Koreans were just messing around, not serious about moving forward," the insider, who is said to have close knowledge of the discussions, described the meeting.')),
           (d, 5, 'Went as badly as it could have (unattributed)',
            pg_temp.citation(pg_temp.quote('as badly as it could have'), a002, 'the meeting is now seen to have gone "as badly as it could have."')),
           (d, 6, 'Pompeo''s approach was gangster-like (North Korean foreign ministry official, via KCNA and the Independent)',
            pg_temp.citation(pg_temp.quote('gangster-like'), a002, 'an unidentified foreign ministry official for North Korea described Pompeo''s approach as "gangster-like," according to the state-run Korean Central News Agency (KCNA) via the Independent.'));

    -- (b) Whether North Korea is sincere about the joint statement's denuclearization commitment
    insert into dispute (fact_id, property, description)
    values (pg_temp.commitment('Work toward complete denuclearization'), 'sincerity',
            'Whether North Korea is genuinely committed to denuclearization: Trump is confident it is sincere; analysts '
                'and experts are divided, and many analysts remain skeptical.')
    returning id into d;
    insert into dispute_claim (dispute_id, position, value, citation_id)
    values (d, 1, 'North Korea is sincere in its commitment to denuclearization (Trump)',
            pg_temp.citation(pg_temp.stance('North Korea is sincere in its commitment to denuclearization'), a001, 'Trump has expressed confidence that North Korea is sincere in its commitment to denuclearization')),
           (d, 2, 'Possibly simply a negotiating tactic to secure concessions (analysts and experts, divided)',
            pg_temp.citation(pg_temp.stance('Divided on whether North Korea is genuinely committed to denuclearization or whether it is simply a negotiating tactic to secure concessions from the United States'), a001, 'Despite the joint statement, analysts and experts are divided on whether North Korea is genuinely committed to denuclearization or whether it is simply a negotiating tactic to secure concessions from the United States.')),
           (d, 3, 'Doubtful (many analysts remain skeptical)',
            pg_temp.citation(pg_temp.stance('Skeptical that North Korea is sincere in its commitment to denuclearization'), a001, 'While Trump has expressed confidence that North Korea is sincere in its commitment to denuclearization, many analysts remain skeptical.')),
           (d, 4, 'Doubtful whether it would lead to actual policy changes in North Korea (some analysts)',
            pg_temp.citation(pg_temp.stance('Skeptical about the joint statement''s details, particularly on denuclearization and whether it would actually lead to policy changes in North Korea'), a001, 'some analysts were skeptical about the document’s details, particularly with regard to the issue of denuclearization and whether it would actually lead to actual policy changes in North Korea'));

    -- (c) Whether Kim's promise on inspectors is a genuine step (article 000 sets Pompeo's optimism against experts)
    insert into dispute (fact_id, property, description)
    values (pg_temp.commitment('Let international inspectors into the Punggye-ri nuclear test site and the Sohae missile test facility'),
            'sincerity',
            'Whether Kim''s promises are genuine: Pompeo, echoing Trump''s optimism, sees a clear path to full and final '
                'verified denuclearization; experts see a polite routine rather than genuine breakthroughs.')
    returning id into d;
    insert into dispute_claim (dispute_id, position, value, citation_id)
    values (d, 1, 'A clear path to full and final verified denuclearization has emerged (Pompeo)',
            pg_temp.citation(pg_temp.stance('A clear path to full and final verified denuclearization has emerged, though there is still a long way to go'), a000, 'Pompeo echoed Trump’s optimism at the White House, stating that while there’s still a long way to go, a clear path to “full and final verified denuclearization” has emerged.')),
           (d, 2, 'A polite routine rather than genuine breakthroughs (experts)',
            pg_temp.citation(pg_temp.stance('Kim''s promises are a polite routine rather than genuine breakthroughs'), a000, 'Experts remain skeptical, viewing Kim’s promises as a polite routine rather than genuine breakthroughs.'));

    -- (d) How long Pompeo's visit lasted: article 002 contradicts itself
    insert into dispute (fact_id, property, description)
    values (visit, 'duration', 'Article 002 calls the same visit an "overnight visit" and a "three-day visit".')
    returning id into d;
    insert into dispute_claim (dispute_id, position, value, citation_id)
    values (d, 1, 'Overnight visit',
            pg_temp.citation(visit, a002, 'the meeting between Pompeo and top North Korean officials ended in an awkward stalemate, according to reports. Kim Jong Un was not present during the overnight visit, and no progress on denuclearization talks was established, according to sources via CNN.')),
           (d, 2, 'Three-day visit',
            pg_temp.citation(visit, a002, 'the leader was apparently out of town, as his top deputy told Pompeo''s delegation during his three-day visit'));
end
$$;

-- Drop the helpers so that later migrations on the same connection start clean --------------------------------
drop function pg_temp.via(bigint, text[]);
drop function pg_temp.citation(bigint, text, text);
drop function pg_temp.cite(bigint, text, text);
drop function pg_temp.stance(text);
drop function pg_temp.quote(text);
drop function pg_temp.commitment(text);
drop function pg_temp.agreement(text);
drop function pg_temp.event(text);
drop function pg_temp.place(text);
drop function pg_temp.person(text);
drop function pg_temp.org(text);
drop function pg_temp.country(text);
drop function pg_temp.source(text);
drop function pg_temp.lookup(text, text, text);
