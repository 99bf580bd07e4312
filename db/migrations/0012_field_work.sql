CREATE TYPE "public"."care_category" AS ENUM('elderly_alone', 'empty_nest', 'disabled', 'left_behind_child', 'other');--> statement-breakpoint
CREATE TYPE "public"."care_risk_level" AS ENUM('high', 'key', 'general');--> statement-breakpoint
CREATE TYPE "public"."field_photo_purpose" AS ENUM('visit', 'finding', 'proof');--> statement-breakpoint
CREATE TYPE "public"."hazard_category" AS ENUM('fire', 'electrical', 'gas', 'water', 'structure', 'traffic', 'public_order', 'other');--> statement-breakpoint
CREATE TYPE "public"."hazard_event_type" AS ENUM('found', 'notice_served', 'rectifying', 'rectified', 'verified', 'escalated', 'handed_over', 'reminder');--> statement-breakpoint
CREATE TYPE "public"."hazard_severity" AS ENUM('major', 'general');--> statement-breakpoint
CREATE TYPE "public"."hazard_status" AS ENUM('found', 'notice_served', 'rectifying', 'rectified', 'verified', 'escalated');--> statement-breakpoint
CREATE TYPE "public"."home_safety_check" AS ENUM('ok', 'problem', 'not_checked');--> statement-breakpoint
CREATE TYPE "public"."hazard_responsible_kind" AS ENUM('unit', 'property_management', 'resident');--> statement-breakpoint
CREATE TYPE "public"."visit_kind" AS ENUM('household', 'care', 'shop_check', 'patrol', 'school_or_park', 'festival', 'service');--> statement-breakpoint
CREATE TYPE "public"."visit_outcome" AS ENUM('all_well', 'advice_given', 'solved_on_spot', 'follow_up', 'referred');--> statement-breakpoint
CREATE TABLE "care_subjects" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"name" text NOT NULL,
	"birth_year" smallint NOT NULL,
	"place_id" integer,
	"address" text DEFAULT '' NOT NULL,
	"phone" text,
	"category" "care_category" NOT NULL,
	"risk_level" "care_risk_level" NOT NULL,
	"cadence_days" smallint NOT NULL,
	"emergency_contact_name" text DEFAULT '' NOT NULL,
	"emergency_contact_phone" text,
	"notes" text DEFAULT '' NOT NULL,
	"last_visited_at" timestamp with time zone,
	"next_visit_due" date NOT NULL,
	"overdue_reminded_for" date,
	"closed_at" timestamp with time zone,
	"purged_at" timestamp with time zone,
	"created_by_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_subjects_cadence_check" CHECK ("care_subjects"."cadence_days" between 1 and 366)
);
--> statement-breakpoint
CREATE TABLE "care_visits" (
	"visit_id" integer PRIMARY KEY NOT NULL,
	"care_subject_id" integer NOT NULL,
	"health" text DEFAULT '' NOT NULL,
	"living" text DEFAULT '' NOT NULL,
	"gas" "home_safety_check" NOT NULL,
	"water" "home_safety_check" NOT NULL,
	"power" "home_safety_check" NOT NULL,
	"needs" text DEFAULT '' NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" integer NOT NULL,
	"visit_id" integer,
	"hazard_id" integer,
	"purpose" "field_photo_purpose" NOT NULL,
	"taken_by_id" integer NOT NULL,
	"mime_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "field_photos_one_subject" CHECK (num_nonnulls("field_photos"."visit_id", "field_photos"."hazard_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "hazard_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"hazard_id" integer NOT NULL,
	"type" "hazard_event_type" NOT NULL,
	"actor_id" integer,
	"body" text,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hazards" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"place_id" integer,
	"place_note" text DEFAULT '' NOT NULL,
	"category" "hazard_category" NOT NULL,
	"severity" "hazard_severity" NOT NULL,
	"description" text NOT NULL,
	"measures" text NOT NULL,
	"responsible_kind" "hazard_responsible_kind" NOT NULL,
	"responsible_name" text NOT NULL,
	"responsible_phone" text,
	"deadline" date NOT NULL,
	"status" "hazard_status" DEFAULT 'found' NOT NULL,
	"found_at" timestamp with time zone NOT NULL,
	"found_by_id" integer NOT NULL,
	"found_on_visit_id" integer,
	"assignee_id" integer,
	"notice_served_at" timestamp with time zone,
	"rectified_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"notice_reminded_at" timestamp with time zone,
	"deadline_reminded_at" timestamp with time zone,
	"overdue_reminded_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"contact_purged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"officer_id" integer NOT NULL,
	"kind" "visit_kind" NOT NULL,
	"place_id" integer,
	"place_note" text DEFAULT '' NOT NULL,
	"people_met" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"outcome" "visit_outcome" NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"duration_minutes" smallint NOT NULL,
	"care_subject_id" integer,
	"request_id" uuid,
	"submission_key" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visits_duration_check" CHECK ("visits"."duration_minutes" between 1 and 720)
);
--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "request_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "hazard_id" integer;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "care_subject_id" integer;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "place_id" integer;--> statement-breakpoint
ALTER TABLE "care_subjects" ADD CONSTRAINT "care_subjects_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_subjects" ADD CONSTRAINT "care_subjects_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_subjects" ADD CONSTRAINT "care_subjects_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_visits" ADD CONSTRAINT "care_visits_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_visits" ADD CONSTRAINT "care_visits_care_subject_id_care_subjects_id_fk" FOREIGN KEY ("care_subject_id") REFERENCES "public"."care_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_photos" ADD CONSTRAINT "field_photos_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_photos" ADD CONSTRAINT "field_photos_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_photos" ADD CONSTRAINT "field_photos_hazard_id_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."hazards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_photos" ADD CONSTRAINT "field_photos_taken_by_id_users_id_fk" FOREIGN KEY ("taken_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_events" ADD CONSTRAINT "hazard_events_hazard_id_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."hazards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_events" ADD CONSTRAINT "hazard_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazards" ADD CONSTRAINT "hazards_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazards" ADD CONSTRAINT "hazards_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazards" ADD CONSTRAINT "hazards_found_by_id_users_id_fk" FOREIGN KEY ("found_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazards" ADD CONSTRAINT "hazards_found_on_visit_id_visits_id_fk" FOREIGN KEY ("found_on_visit_id") REFERENCES "public"."visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazards" ADD CONSTRAINT "hazards_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_care_subject_id_care_subjects_id_fk" FOREIGN KEY ("care_subject_id") REFERENCES "public"."care_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_subjects_open_due_index" ON "care_subjects" USING btree ("community_id","next_visit_due") WHERE "care_subjects"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "care_subjects_due_index" ON "care_subjects" USING btree ("next_visit_due") WHERE "care_subjects"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "care_subjects_place_id_index" ON "care_subjects" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "care_visits_care_subject_id_index" ON "care_visits" USING btree ("care_subject_id");--> statement-breakpoint
CREATE INDEX "field_photos_visit_id_index" ON "field_photos" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "field_photos_hazard_id_purpose_index" ON "field_photos" USING btree ("hazard_id","purpose");--> statement-breakpoint
CREATE INDEX "hazard_events_hazard_id_id_index" ON "hazard_events" USING btree ("hazard_id","id");--> statement-breakpoint
CREATE INDEX "hazard_events_type_created_at_index" ON "hazard_events" USING btree ("type","created_at");--> statement-breakpoint
CREATE INDEX "hazards_community_id_status_deadline_index" ON "hazards" USING btree ("community_id","status","deadline");--> statement-breakpoint
CREATE INDEX "hazards_open_deadline_index" ON "hazards" USING btree ("deadline") WHERE "hazards"."status" in ('found', 'notice_served', 'rectifying', 'escalated');--> statement-breakpoint
CREATE INDEX "hazards_community_id_found_at_index" ON "hazards" USING btree ("community_id","found_at");--> statement-breakpoint
CREATE INDEX "hazards_community_id_rectified_at_index" ON "hazards" USING btree ("community_id","rectified_at");--> statement-breakpoint
CREATE INDEX "hazards_place_id_index" ON "hazards" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "hazards_found_on_visit_id_index" ON "hazards" USING btree ("found_on_visit_id");--> statement-breakpoint
CREATE INDEX "hazards_found_by_id_created_at_index" ON "hazards" USING btree ("found_by_id","created_at");--> statement-breakpoint
CREATE INDEX "visits_community_id_started_at_index" ON "visits" USING btree ("community_id","started_at");--> statement-breakpoint
CREATE INDEX "visits_officer_id_started_at_index" ON "visits" USING btree ("officer_id","started_at");--> statement-breakpoint
CREATE INDEX "visits_officer_id_created_at_index" ON "visits" USING btree ("officer_id","created_at");--> statement-breakpoint
CREATE INDEX "visits_care_subject_id_started_at_index" ON "visits" USING btree ("care_subject_id","started_at");--> statement-breakpoint
CREATE INDEX "visits_place_id_index" ON "visits" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "visits_request_id_index" ON "visits" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "visits_one_per_submission" ON "visits" USING btree ("officer_id","submission_key");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_hazard_id_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."hazards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_care_subject_id_care_subjects_id_fk" FOREIGN KEY ("care_subject_id") REFERENCES "public"."care_subjects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_hazard_id_index" ON "notifications" USING btree ("hazard_id");--> statement-breakpoint
CREATE INDEX "notifications_care_subject_id_index" ON "notifications" USING btree ("care_subject_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_one_subject" CHECK (num_nonnulls("notifications"."request_id", "notifications"."hazard_id", "notifications"."care_subject_id") = 1);