-- The compiled read path (platform/compiler) builds global IDs and cursors in SQL: both are URL-safe
-- base64 without padding (common/ids/GlobalId, common/paging/Cursor). A SQL function PostgreSQL inlines.
create function sg_base64url(value text) returns text
  language sql immutable strict parallel safe
  as $$ select rtrim(translate(encode(convert_to(value, 'UTF8'), 'base64'), E'+/\n', '-_'), '=') $$;
