-- Knowledge fidelity (issue 21): say only what the articles say, mark every inference with its reasoning, and link
-- what a reader asks about. Corrects the seed of V2 without editing it:
--   1. article 000's announced summit is a PLANNED event of its own, not the meetings held in Vietnam (article
--      001); the two are linked only by a marked inference;
--   2. Kim's promise on inspectors has no announcer (the article names none);
--   3. the mid-term elections are dated "November 6" with no year (MONTH_DAY), the year an inference, and cited
--      only by what mentions them;
--   4. the personal meeting promised to the Secretary of State is a commitment, and the meeting an event that did
--      not take place;
--   5. places keep the articles' own names and words (alternatives become aliases), Kim Yong-chol's role is what
--      the article says (he "met with" Pompeo), and kinds, countries and identities that come from general
--      knowledge are marked as inferences;
--   6. the quotes about Pompeo's visit have the visit as their occasion;
--   7. events are related by type ("instead of", "on the same day as", "part of", "follow-up to"), with citations;
--   8. the banking and energy sanctions keep what Trump considered apart from any lifting condition.
-- Conventions as in V2: rows by natural keys through pg_temp helpers (dropped at the end), excerpts verbatim.

create function pg_temp.lookup(p_table text, p_column text, p_value text) returns bigint
    language plpgsql as $$
declare
    found_id bigint;
begin
    execute format('select id from %I where %I = $1', p_table, p_column) into strict found_id using p_value;
    return found_id;
exception
    when no_data_found or too_many_rows then
        raise exception 'V41: expected exactly one % with % = %', p_table, p_column, p_value;
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
create function pg_temp.commitment(p_description text) returns bigint
    language sql as $$ select pg_temp.lookup('commitment', 'description', p_description) $$;
create function pg_temp.quote(p_text text) returns bigint
    language sql as $$ select pg_temp.lookup('quote', 'text', p_text) $$;
create function pg_temp.stance(p_description text) returns bigint
    language sql as $$ select pg_temp.lookup('stance', 'description', p_description) $$;

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

-- Removes one existing citation; an error if it does not exist (so a typo cannot silently keep a wrong citation).
create function pg_temp.uncite(p_fact bigint, p_source_slug text, p_excerpt text) returns void
    language plpgsql as $$
declare
    removed integer;
begin
    delete from citation
    where fact_id = p_fact and source_id = pg_temp.source(p_source_slug) and excerpt = p_excerpt;
    get diagnostics removed = row_count;
    if removed <> 1 then
        raise exception 'V41: no citation of fact % in % with excerpt %', p_fact, p_source_slug, p_excerpt;
    end if;
end
$$;

create function pg_temp.via(p_citation bigint, variadic p_outlets text[]) returns void
    language sql as $$
insert into citation_reported_via (citation_id, position, organization_id)
select p_citation, outlet.position, pg_temp.org(outlet.name)
from unnest(p_outlets) with ordinality as outlet(name, position)
$$;

create function pg_temp.infer(p_fact bigint, p_field text, p_value text, p_reasoning text) returns void
    language sql as $$
insert into inference (fact_id, field, value, reasoning) values (p_fact, p_field, p_value, p_reasoning)
$$;

create function pg_temp.relate(p_event bigint, p_kind text, p_related bigint) returns bigint
    language plpgsql as $$
declare
    new_id bigint;
begin
    insert into event_relation (event_id, kind, related_event_id) values (p_event, p_kind, p_related)
    returning id into new_id;
    return new_id;
end
$$;

-- 1. The summit article 000 announces, apart from the meetings held in Vietnam ---------------------------------
do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    a001 constant text := '001_d936e0b87956d889';
    held constant bigint := pg_temp.event('Second Trump-Kim summit');
    first_summit constant bigint := pg_temp.event('Singapore summit');
    planned bigint;
    f bigint;
begin
    -- The held meetings keep what article 001 says of them, and only that.
    update event
    set name            = 'Trump-Kim follow-up meetings in Vietnam',
        summit_sequence = null,
        date_note       = 'Article 001 gives February 2019 (no day).',
        description     = 'Follow-up meetings of Trump and Kim Jong Un after the Singapore summit, held in Vietnam (no '
                              || 'city given) in February 2019, where the two leaders discussed further denuclearization '
                              || 'measures and issues such as economic development in North Korea.'
    where id = held;
    perform pg_temp.uncite(held, a000, 'Trump‑Kim: A Summit on the Horizon');
    perform pg_temp.uncite(held, a000, 'his second meeting with North Korean leader Kim Jong‑Un is slated to take place');
    perform pg_temp.uncite(held, a000, 'they’re weighing “three or four locations” for the next summit');
    perform pg_temp.infer(held, 'kind', null,
        'Article 001 calls them "follow-up meetings" of the two leaders after the first summit, under the heading '
            || '"The Meeting to Follow"; it does not call them a summit. They are filed as a summit because they were '
            || 'the leaders'' own meeting following the first summit; general knowledge also calls them the Hanoi summit.');
    for f in select p.id from participation p where p.event_id = held loop
        perform pg_temp.uncite(f, a000, 'President Donald Trump announced that his second meeting with North Korean leader Kim Jong‑Un is slated to take place');
    end loop;

    insert into event (name, kind, status, summit_sequence, date_note, description)
    values ('Slated second Trump-Kim summit', 'SUMMIT', 'PLANNED', 2,
            'Slated to take place after the November 6 mid-term elections (article 000); no article gives its date or '
                || 'place.',
            'Trump''s second meeting with Kim Jong Un, which Trump announced is slated to take place after the mid-term '
                || 'elections. "Three or four locations" were being weighed for it, and Pompeo said Kim is "pretty '
                || 'close" to agreeing on the meeting details.')
    returning id into planned;
    perform pg_temp.cite(planned, a000, 'Trump Plans Summit With Kim');
    perform pg_temp.cite(planned, a000, 'Trump‑Kim: A Summit on the Horizon');
    perform pg_temp.cite(planned, a000, 'his second meeting with North Korean leader Kim Jong‑Un is slated to take place');
    perform pg_temp.cite(planned, a000, 'they’re weighing “three or four locations” for the next summit');
    perform pg_temp.cite(planned, a000, 'He noted that Kim is “pretty close” to agreeing on the meeting details.');

    insert into participation (event_id, person_id, role, capacity)
    values (planned, pg_temp.person('Donald Trump'), 'PRINCIPAL', 'President of the United States') returning id into f;
    perform pg_temp.cite(f, a000, 'President Donald Trump announced that his second meeting with North Korean leader Kim Jong‑Un is slated to take place');
    insert into participation (event_id, person_id, role, capacity)
    values (planned, pg_temp.person('Kim Jong Un'), 'PRINCIPAL', 'Leader of North Korea') returning id into f;
    perform pg_temp.cite(f, a000, 'President Donald Trump announced that his second meeting with North Korean leader Kim Jong‑Un is slated to take place');

    -- Whether the slated summit is the one held in Vietnam: no article says so.
    f := pg_temp.relate(planned, 'POSSIBLY_SAME_AS', held);
    perform pg_temp.cite(f, a000, 'his second meeting with North Korean leader Kim Jong‑Un is slated to take place');
    perform pg_temp.cite(f, a001, 'After the summit, the two leaders held follow-up meetings in Vietnam in February 2019');
    perform pg_temp.infer(f, null, null,
        'No article says these are the same meeting. Article 000 announces a second Trump-Kim meeting slated after '
            || 'the November 6 mid-term elections; article 001 reports the leaders'' follow-up meetings after the first '
            || 'summit, held in Vietnam in February 2019, which is after that November. They may be the same summit; '
            || 'article 001 also says the leaders have had several other meetings since the first summit.');

    -- Follow-ups the articles state.
    f := pg_temp.relate(held, 'FOLLOW_UP_TO', first_summit);
    perform pg_temp.cite(f, a001, 'After the summit, the two leaders held follow-up meetings in Vietnam in February 2019');
    f := pg_temp.relate(planned, 'FOLLOW_UP_TO', first_summit);
    perform pg_temp.cite(f, a000, 'Earlier in the day, Trump highlighted the progress made in the first summit held in Singapore on June 12');
    perform pg_temp.cite(f, a000, 'his second meeting with North Korean leader Kim Jong‑Un is slated to take place');
    f := pg_temp.relate(pg_temp.event('Pompeo''s follow-up visit to North Korea'), 'FOLLOW_UP_TO', first_summit);
    perform pg_temp.cite(f, '002_49d120ea23732ed2', 'Mike Pompeo''s follow-up meeting with the leadership of North Korea was expected to build on the gains both sides have established during the historic June 12 summit in Singapore');
end
$$;

-- 2. Kim's promise on inspectors: article 000 names no announcer ----------------------------------------------
do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    promise constant bigint := pg_temp.commitment(
        'Let international inspectors into the Punggye-ri nuclear test site and the Sohae missile test facility');
begin
    update commitment
    set announced_by_id = null,
        description     = 'Let international inspectors into the Punggye-ri nuclear site and the Sohae missile test '
                              || 'facility'
    where id = promise;
    -- The heading "Pompeo Adds the Check‑In" says nothing about the promise itself.
    perform pg_temp.uncite(promise, a000, 'Pompeo Adds the Check‑In');
end
$$;

-- 3. The mid-term elections: "November 6", year not stated --------------------------------------------------
do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    a001 constant text := '001_d936e0b87956d889';
    midterms constant bigint := pg_temp.event('2018 U.S. mid-term elections');
begin
    update event
    set name            = 'Mid-term elections on November 6',
        start_precision = 'MONTH_DAY',
        date_note       = 'Article 000 says "November 6" and gives no year; the year is an inference (see the '
                              || 'inference on date).',
        description     = 'The mid-term elections on November 6, still ahead when article 000 was written ("The '
                              || 'countdown to November is on"); Trump''s second summit with Kim Jong Un was slated to '
                              || 'follow them.'
    where id = midterms;
    perform pg_temp.uncite(midterms, a001, 'in Singapore on June 12, 2018');
    perform pg_temp.uncite(midterms, a001, 'follow-up meetings in Vietnam in February 2019');
    perform pg_temp.infer(midterms, 'date', '2018-11-06',
        'Article 000 gives "November 6" without a year. It speaks of the first summit in Singapore on June 12 as past '
            || 'and of a second summit still to come; article 001 dates the first summit June 12, 2018 and the leaders'' '
            || 'follow-up meetings February 2019. The only November 6 between them is in 2018.');
    perform pg_temp.infer(midterms, 'country', null,
        'Article 000 does not name the country: the mid-term elections after which the U.S. president plans his '
            || 'summit, and before which he flies to a campaign rally in Iowa, are the United States'' own.');
end
$$;

-- 4. The personal meeting promised to the Secretary of State, and the meeting that did not happen --------------
do $$
declare
    a002 constant text := '002_49d120ea23732ed2';
    visit constant bigint := pg_temp.event('Pompeo''s follow-up visit to North Korea');
    farm_visit constant bigint := pg_temp.event('Kim Jong Un''s visit to the Samjiyon potato farms');
    meeting bigint;
    f bigint;
begin
    insert into commitment (description, kind, status)
    values ('A personal meeting with Kim Jong Un for the U.S. Secretary of State', 'PROMISE', 'BROKEN')
    returning id into f;
    perform pg_temp.cite(f, a002, 'the U.S. Secretary of State was promised a personal meeting with Kim, but during his stay in North Korea, he only met with Foreign Minister Kim Yong-chol');
    perform pg_temp.infer(f, 'status', null,
        'Article 002 does not call the promise broken: it says Pompeo "was promised a personal meeting with Kim" but '
            || '"only met with Foreign Minister Kim Yong-chol", and that Kim was out of town, visiting farms on the '
            || 'day of the face-to-face meeting. The promise was not kept.');

    insert into event (name, kind, status, date_note, description)
    values ('Pompeo''s face-to-face meeting with Kim Jong Un', 'MEETING', 'NOT_HELD',
            'The day KCNA reported Kim''s visit to Samjiyon (article 002); no article gives the date.',
            'The personal meeting with Kim Jong Un that the U.S. Secretary of State was promised during his visit to '
                || 'North Korea. It did not take place: Kim was out of town, and Pompeo only met with Foreign Minister '
                || 'Kim Yong-chol.')
    returning id into meeting;
    perform pg_temp.cite(meeting, a002, 'the U.S. Secretary of State was promised a personal meeting with Kim, but during his stay in North Korea, he only met with Foreign Minister Kim Yong-chol');
    perform pg_temp.cite(meeting, a002, 'on the same day that Pompeo was supposed to have a face-to-face meeting with him');

    insert into participation (event_id, person_id, role, capacity)
    values (meeting, pg_temp.person('Mike Pompeo'), 'PRINCIPAL', 'U.S. Secretary of State') returning id into f;
    perform pg_temp.cite(f, a002, 'the U.S. Secretary of State was promised a personal meeting with Kim');
    insert into participation (event_id, person_id, role, capacity)
    values (meeting, pg_temp.person('Kim Jong Un'), 'PRINCIPAL', 'Leader of North Korea') returning id into f;
    perform pg_temp.cite(f, a002, 'the U.S. Secretary of State was promised a personal meeting with Kim');

    -- 7. How the meeting, the visit and Kim's farm visit relate.
    f := pg_temp.relate(meeting, 'PART_OF', visit);
    perform pg_temp.cite(f, a002, 'the U.S. Secretary of State was promised a personal meeting with Kim, but during his stay in North Korea');

    f := pg_temp.relate(farm_visit, 'INSTEAD_OF', meeting);
    perform pg_temp.via(pg_temp.cite(f, a002, 'Instead of discussing denuclearization with the U.S. Secretary of State, Kim was reportedly "Looking round farm machines and tractors of the workteam'), 'KCNA');

    f := pg_temp.relate(farm_visit, 'SAME_DAY_AS', meeting);
    perform pg_temp.via(pg_temp.cite(f, a002, 'The state-run news outlet, KCNA, would go on to report in abundant detail Kim''s visit to Samjiyon country, on the same day that Pompeo was supposed to have a face-to-face meeting with him.'), 'KCNA');

    f := pg_temp.relate(farm_visit, 'DURING', visit);
    perform pg_temp.cite(f, a002, 'the leader was apparently out of town, as his top deputy told Pompeo''s delegation during his three-day visit');
    perform pg_temp.cite(f, a002, 'on the same day that Pompeo was supposed to have a face-to-face meeting with him');
    perform pg_temp.infer(f, null, null,
        'Article 002 does not say "during" in so many words: it says Kim visited Samjiyon on the day Pompeo was '
            || 'supposed to meet him face to face, a meeting promised for Pompeo''s stay in North Korea, and that Kim '
            || 'was out of town, as his top deputy told Pompeo''s delegation during the visit.');

    update event
    set name        = 'Kim Jong Un''s visit to the potato farms',
        date_note   = 'The same day Pompeo was supposed to have a face-to-face meeting with Kim during his visit to '
                          || 'North Korea; no article gives the date.'
    where id = farm_visit;
end
$$;

-- 5. The articles' own names and words; what general knowledge adds, marked --------------------------------------
do $$
declare
    a000 constant text := '000_45ece6f1795f26b7';
    a002 constant text := '002_49d120ea23732ed2';
    punggye constant bigint := pg_temp.place('Punggye-ri nuclear test site');
    sohae constant bigint := pg_temp.place('Sohae missile test facility');
    samjiyon constant bigint := pg_temp.place('Samjiyon County');
    farms constant bigint := pg_temp.place('Samjiyon potato farms');
    host bigint;
begin
    update location
    set name        = 'Punggye-ri nuclear site',
        aliases     = array ['Punggye‑Ri nuclear site', 'Punggye-ri', 'Punggye-ri nuclear test site'],
        description = 'Nuclear site that Kim Jong Un promised to let international inspectors into (article 000).'
    where id = punggye;
    perform pg_temp.infer(punggye, 'country', null,
        'Article 000 does not say where the site is; it is one Kim Jong Un promised to open to international '
            || 'inspectors, and general knowledge places Punggye-ri in North Korea.');
    perform pg_temp.infer(sohae, 'country', null,
        'Article 000 does not say where the facility is; it is one Kim Jong Un promised to open to international '
            || 'inspectors, and general knowledge places Sohae in North Korea.');
    update location
    set description = 'Missile test facility that Kim Jong Un promised to let international inspectors into '
                          || '(article 000).'
    where id = sohae;

    update location
    set name        = 'Samjiyon',
        aliases     = array ['Samjiyon country', 'Samjiyon County'],
        description = 'The place of Kim Jong Un''s visit as KCNA reported it; article 002 writes "Samjiyon country".'
    where id = samjiyon;
    perform pg_temp.uncite(samjiyon, a002, 'a farm community near the Chinese border to see the potato farms');
    perform pg_temp.infer(samjiyon, 'kind', null,
        'Article 002 writes "Samjiyon country", but Samjiyon is not a country: general knowledge makes it a county of '
            || 'North Korea near the Chinese border. The article''s words are kept as an alias.');
    perform pg_temp.infer(samjiyon, 'country', null,
        'Article 002 does not name the country: KCNA reported Kim Jong Un''s visit there while Pompeo was in North '
            || 'Korea, and general knowledge places Samjiyon in North Korea.');

    update location
    set name        = 'Farm community near the Chinese border',
        aliases     = array ['Potato Farm', 'potato farms', 'farm community', 'Samjiyon potato farms'],
        description = 'Farm community near the Chinese border with potato farms and a workteam with farm machines '
                          || 'and tractors, visited by Kim Jong Un (article 002).'
    where id = farms;
    perform pg_temp.infer(farms, 'parent', null,
        'Article 002 reports two accounts of one visit: Kim visited "a farm community near the Chinese border to see '
            || 'the potato farms" (New York Magazine), and KCNA reported "Kim''s visit to Samjiyon country" the same day. '
            || 'That the farms are in Samjiyon is read from the two being the same visit.');
    perform pg_temp.infer(farms, 'country', null,
        'Article 002 does not name the country; the farms are near the Chinese border and were visited by North '
            || 'Korea''s leader while he was "out of town" during Pompeo''s stay in North Korea.');

    -- Place kinds and countries from general knowledge.
    perform pg_temp.infer(pg_temp.place('Singapore'), 'kind', null,
        'The articles name Singapore only; that it is a city (a city-state) is general knowledge.');
    perform pg_temp.infer(pg_temp.place('Singapore'), 'country', null,
        'The articles name Singapore only; the city of Singapore is the country of Singapore (general knowledge).');
    perform pg_temp.infer(pg_temp.place('Iowa'), 'kind', null,
        'Article 000 names Iowa only; that it is a U.S. state is general knowledge.');
    perform pg_temp.infer(pg_temp.place('Iowa'), 'country', null,
        'Article 000 names Iowa only, as the place of a campaign rally of the U.S. president; that it is in the '
            || 'United States is general knowledge.');
    perform pg_temp.infer(pg_temp.place('White House'), 'kind', null,
        'Article 000 says "at the White House"; that it is a venue (the U.S. president''s residence and office) is '
            || 'general knowledge.');
    perform pg_temp.infer(pg_temp.place('White House'), 'country', null,
        'Article 000 does not say where the White House is; that it is in the United States is general knowledge.');
    perform pg_temp.infer(pg_temp.place('Seoul'), 'kind', null,
        'Article 001 says "Seoul, South Korea"; that Seoul is a city is general knowledge.');
    perform pg_temp.infer(pg_temp.place('Korean peninsula'), 'kind', null,
        'Article 001 says "the Korean peninsula"; REGION is the nearest kind of place for a peninsula.');

    -- Organizations: kinds the articles do not state.
    perform pg_temp.infer(pg_temp.org('CNN'), 'kind', null,
        'Article 002 names CNN only ("sources via CNN"); that it is a broadcaster is general knowledge.');
    perform pg_temp.infer(pg_temp.org('The Independent'), 'kind', null,
        'Article 002 names the Independent only; that it is a newspaper is general knowledge.');
    perform pg_temp.infer(pg_temp.org('KCNA'), 'country', null,
        'Article 002 calls KCNA "the state-run Korean Central News Agency" and "the state-run news outlet" when '
            || 'reporting a North Korean official and Kim Jong Un''s visit; that the state running it is North Korea is '
            || 'read from that context and general knowledge.');

    -- Kim Yong-chol: Pompeo "met with" him. Nothing says he hosted.
    select p.id into strict host
    from participation p
    where p.event_id = pg_temp.event('Pompeo''s follow-up visit to North Korea')
      and p.person_id = pg_temp.person('Kim Yong-chol');
    update participation set role = 'PARTICIPANT' where id = host;
    perform pg_temp.infer(pg_temp.person('Kim Yong-chol'), 'country', null,
        'Article 002 calls him Foreign Minister and counts him among the "top North Korean officials" Pompeo met in '
            || 'North Korea; it does not state his nationality.');
    perform pg_temp.infer(
        (select r.id from person_role r where r.person_id = pg_temp.person('Kim Yong-chol') and r.title = 'Foreign Minister'),
        'organization', null,
        'Article 002 calls him "Foreign Minister" without naming a ministry; a foreign minister heads his country''s '
            || 'foreign ministry, which the article mentions ("an unidentified foreign ministry official for North '
            || 'Korea").');

    -- The joint statement's date is its summit's.
    perform pg_temp.infer(
        (select a.id from agreement a where a.title = 'Joint statement of the Singapore summit'), 'signedOn', null,
        'Article 001 says the statement was signed "at the summit", which it dates June 12, 2018; it does not date '
            || 'the signing itself.');

    -- Pyongyang stands for North Korea.
    perform pg_temp.infer(
        (select s.id from sanction s where s.description = 'Hefty U.S. sanctions on Pyongyang, not yet lifted'),
        'target', null,
        'Article 000 says "sanctions on Pyongyang": the capital stands for North Korea''s state, as the rest of the '
            || 'article (the president''s condition, Kim''s promises) makes clear.');
end
$$;

-- 5. The articles' own assessments are their author's -----------------------------------------------------------
do $$
declare
    s record;
begin
    for s in select distinct h.stance_id
             from stance_holder h
             where h.person_id = pg_temp.person('Cassie Grissom')
        loop
            perform pg_temp.infer(s.stance_id, 'holders', null,
                'Article 001 states this in its own voice, without attributing it; the note at its end names its '
                    || 'author, Cassie Grissom, so the assessment is hers.');
        end loop;
end
$$;

-- 6. The quotes about Pompeo's visit are about the visit --------------------------------------------------------
do $$
declare
    visit constant bigint := pg_temp.event('Pompeo''s follow-up visit to North Korea');
begin
    update quote set occasion_id = visit
    where id in (pg_temp.quote('productive'), pg_temp.quote('in good faith'),
                 pg_temp.quote('The North Koreans were just messing around, not serious about moving forward'),
                 pg_temp.quote('as badly as it could have'), pg_temp.quote('gangster-like'));
    perform pg_temp.infer(pg_temp.quote('gangster-like'), 'occasion', null,
        'The official described "Pompeo''s approach", in article 002''s account of this visit; the article does not '
            || 'say when or where the words were said.');
end
$$;

-- 8. What Trump considered is not a condition for lifting the sanctions -----------------------------------------
do $$
declare
    s record;
begin
    for s in select id from sanction where sector in ('BANKING', 'ENERGY') loop
        update sanction
        set lifting_condition     = null,
            lifting_consideration = 'Trump has considered lifting some sanctions in exchange for denuclearization'
        where id = s.id;
        perform pg_temp.infer(s.id, 'liftingConsideration', null,
            'Article 001 says Trump "even considered lifting some sanctions in exchange for denuclearization" without '
                || 'saying which; the sanctions it names are those on the banking sector and the energy industry. It '
                || 'states no condition for lifting them.');
    end loop;
end
$$;

drop function pg_temp.relate(bigint, text, bigint);
drop function pg_temp.infer(bigint, text, text, text);
drop function pg_temp.via(bigint, text[]);
drop function pg_temp.uncite(bigint, text, text);
drop function pg_temp.cite(bigint, text, text);
drop function pg_temp.stance(text);
drop function pg_temp.quote(text);
drop function pg_temp.commitment(text);
drop function pg_temp.event(text);
drop function pg_temp.place(text);
drop function pg_temp.person(text);
drop function pg_temp.org(text);
drop function pg_temp.country(text);
drop function pg_temp.source(text);
drop function pg_temp.lookup(text, text, text);
