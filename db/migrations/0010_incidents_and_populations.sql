CREATE TYPE "public"."incident_category" AS ENUM('criminal', 'public_order', 'traffic', 'fire', 'dispute', 'help', 'complaint', 'other', 'invalid');--> statement-breakpoint
CREATE TYPE "public"."incident_import_state" AS ENUM('queued', 'checking', 'saving', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."incident_source" AS ENUM('call_110', 'walk_in', 'online', 'officer_found');--> statement-breakpoint
CREATE TABLE "community_populations" (
	"community_id" integer NOT NULL,
	"year" integer NOT NULL,
	"population" integer NOT NULL,
	"source" text NOT NULL,
	"updated_by_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_populations_community_id_year_pk" PRIMARY KEY("community_id","year"),
	CONSTRAINT "community_populations_population_positive" CHECK ("community_populations"."population" > 0)
);
--> statement-breakpoint
CREATE TABLE "incident_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"station_id" integer NOT NULL,
	"created_by_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"state" "incident_import_state" DEFAULT 'queued' NOT NULL,
	"content" text,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"checked_rows" integer DEFAULT 0 NOT NULL,
	"inserted_rows" integer DEFAULT 0 NOT NULL,
	"skipped_rows" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" serial PRIMARY KEY NOT NULL,
	"station_id" integer NOT NULL,
	"community_id" integer NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"category" "incident_category" NOT NULL,
	"source" "incident_source" NOT NULL,
	"brief" text NOT NULL,
	"address" text,
	"address_key" text,
	"place_id" integer,
	"external_id" text,
	"import_id" integer,
	"created_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents_stationId_externalId_unique" UNIQUE("station_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "request_origins" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"board_id" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "community_populations" ADD CONSTRAINT "community_populations_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_populations" ADD CONSTRAINT "community_populations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_imports" ADD CONSTRAINT "incident_imports_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_imports" ADD CONSTRAINT "incident_imports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_import_id_incident_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."incident_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_origins" ADD CONSTRAINT "request_origins_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_origins" ADD CONSTRAINT "request_origins_board_id_contact_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."contact_boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_imports_station_id_created_at_index" ON "incident_imports" USING btree ("station_id","created_at");--> statement-breakpoint
CREATE INDEX "incidents_community_id_occurred_at_category_index" ON "incidents" USING btree ("community_id","occurred_at","category");--> statement-breakpoint
CREATE INDEX "incidents_station_id_occurred_at_index" ON "incidents" USING btree ("station_id","occurred_at");--> statement-breakpoint
CREATE INDEX "incidents_community_id_address_key_occurred_at_index" ON "incidents" USING btree ("community_id","address_key","occurred_at");--> statement-breakpoint
CREATE INDEX "incidents_place_id_index" ON "incidents" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "request_origins_board_id_index" ON "request_origins" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "requests_community_id_created_at_index" ON "requests" USING btree ("community_id","created_at");