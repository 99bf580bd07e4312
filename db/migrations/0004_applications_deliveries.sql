CREATE TYPE "public"."application_status" AS ENUM('received', 'reviewing', 'needs_info', 'ready_for_collection', 'ready_for_delivery', 'completed', 'refused');--> statement-breakpoint
CREATE TYPE "public"."delivery_status" AS ENUM('scheduled', 'delivered', 'missed', 'cancelled');--> statement-breakpoint
ALTER TYPE "public"."request_event_type" ADD VALUE 'application_step';--> statement-breakpoint
ALTER TYPE "public"."request_event_type" ADD VALUE 'delivery';--> statement-breakpoint
CREATE TABLE "applications" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"service_id" integer NOT NULL,
	"status" "application_status" DEFAULT 'received' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"id_numbers" jsonb,
	"form" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"question" text,
	"refusal_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deliveries" (
	"id" serial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"day" date NOT NULL,
	"window_start" time NOT NULL,
	"window_end" time NOT NULL,
	"community_id" integer NOT NULL,
	"compound" text NOT NULL,
	"address" text NOT NULL,
	"status" "delivery_status" DEFAULT 'scheduled' NOT NULL,
	"recipient_name" text,
	"note" text,
	"delivered_at" timestamp with time zone,
	"handled_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "request_events" ADD COLUMN "data" jsonb;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "field_name" text;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_request_id_applications_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."applications"("request_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_service_id_status_index" ON "applications" USING btree ("service_id","status");--> statement-breakpoint
CREATE INDEX "applications_status_index" ON "applications" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "one_scheduled_delivery_per_application" ON "deliveries" USING btree ("request_id") WHERE "deliveries"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "deliveries_day_community_id_compound_index" ON "deliveries" USING btree ("day","community_id","compound");--> statement-breakpoint
CREATE INDEX "deliveries_request_id_index" ON "deliveries" USING btree ("request_id");