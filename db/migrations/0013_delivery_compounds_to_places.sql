-- A delivery's compound was free text; it becomes a place (db/schema/places.ts). A compound typed before
-- that is matched to its community's compound of the same name (spaces and case ignored), and added to
-- the community's compounds when it has none; a purged delivery (empty compound) points at its community's
-- first compound (or an inactive stand-in, kept out of the pickers), since its address is gone anyway.
INSERT INTO "places" ("community_id", "kind", "name")
SELECT DISTINCT d."community_id", 'compound'::"place_kind", btrim(d."compound")
FROM "deliveries" d
WHERE btrim(d."compound") <> ''
  AND NOT EXISTS (
    SELECT 1 FROM "places" p
    WHERE p."community_id" = d."community_id" AND p."kind" = 'compound'
      AND lower(replace(p."name", ' ', '')) = lower(replace(d."compound", ' ', ''))
  );
--> statement-breakpoint
UPDATE "deliveries" d
SET "place_id" = (
  SELECT p."id" FROM "places" p
  WHERE p."community_id" = d."community_id" AND p."kind" = 'compound'
    AND lower(replace(p."name", ' ', '')) = lower(replace(d."compound", ' ', ''))
  ORDER BY p."id" LIMIT 1
)
WHERE d."place_id" IS NULL AND btrim(d."compound") <> '';
--> statement-breakpoint
INSERT INTO "places" ("community_id", "kind", "name", "active")
SELECT DISTINCT d."community_id", 'compound'::"place_kind", '（地址已删除）', false
FROM "deliveries" d
WHERE d."place_id" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "places" p WHERE p."community_id" = d."community_id" AND p."kind" = 'compound');
--> statement-breakpoint
UPDATE "deliveries" d
SET "place_id" = (
  SELECT p."id" FROM "places" p WHERE p."community_id" = d."community_id" AND p."kind" = 'compound' ORDER BY p."id" LIMIT 1
)
WHERE d."place_id" IS NULL;
