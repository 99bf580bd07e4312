DROP INDEX "deliveries_day_community_id_compound_index";--> statement-breakpoint
ALTER TABLE "deliveries" ALTER COLUMN "place_id" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "deliveries_day_community_id_place_id_index" ON "deliveries" USING btree ("day","community_id","place_id");--> statement-breakpoint
ALTER TABLE "deliveries" DROP COLUMN "compound";