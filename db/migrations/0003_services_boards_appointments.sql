CREATE TYPE "public"."booking_status" AS ENUM('booked', 'cancelled', 'attended', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."service_category" AS ENUM('household', 'public_order');--> statement-breakpoint
CREATE TABLE "appointment_bookings" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"slot_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"person_key" text NOT NULL,
	"day" date NOT NULL,
	"status" "booking_status" DEFAULT 'booked' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment_slots" (
	"id" serial PRIMARY KEY NOT NULL,
	"template_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"officer_id" integer,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" smallint NOT NULL,
	"booked" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "slot_within_capacity" CHECK ("appointment_slots"."booked" >= 0 and "appointment_slots"."booked" <= "appointment_slots"."capacity")
);
--> statement-breakpoint
CREATE TABLE "appointment_templates" (
	"id" serial PRIMARY KEY NOT NULL,
	"service_id" integer NOT NULL,
	"officer_id" integer,
	"weekdays" smallint[] NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"slot_minutes" smallint NOT NULL,
	"capacity" smallint NOT NULL,
	"window_days" smallint DEFAULT 7 NOT NULL,
	"min_notice_hours" smallint DEFAULT 12 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_scans" (
	"board_id" text NOT NULL,
	"target" text NOT NULL,
	"day" date NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "board_scans_board_id_target_day_pk" PRIMARY KEY("board_id","target","day")
);
--> statement-breakpoint
CREATE TABLE "contact_boards" (
	"id" text PRIMARY KEY NOT NULL,
	"officer_id" integer NOT NULL,
	"location" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"category" "service_category" NOT NULL,
	"name" jsonb NOT NULL,
	"guide" jsonb NOT NULL,
	"online_application" boolean DEFAULT false NOT NULL,
	"appointment" boolean DEFAULT false NOT NULL,
	"needs_id_number" boolean DEFAULT false NOT NULL,
	"form_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "appointment_bookings" ADD CONSTRAINT "appointment_bookings_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_bookings" ADD CONSTRAINT "appointment_bookings_slot_id_appointment_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."appointment_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_bookings" ADD CONSTRAINT "appointment_bookings_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_slots" ADD CONSTRAINT "appointment_slots_template_id_appointment_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."appointment_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_slots" ADD CONSTRAINT "appointment_slots_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_slots" ADD CONSTRAINT "appointment_slots_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_templates" ADD CONSTRAINT "appointment_templates_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_templates" ADD CONSTRAINT "appointment_templates_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_scans" ADD CONSTRAINT "board_scans_board_id_contact_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."contact_boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_boards" ADD CONSTRAINT "contact_boards_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "one_booking_per_person_service_day" ON "appointment_bookings" USING btree ("person_key","service_id","day") WHERE "appointment_bookings"."status" = 'booked';--> statement-breakpoint
CREATE INDEX "appointment_bookings_slot_id_index" ON "appointment_bookings" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "appointment_bookings_person_key_status_day_index" ON "appointment_bookings" USING btree ("person_key","status","day");--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_slots_template_id_starts_at_index" ON "appointment_slots" USING btree ("template_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointment_slots_service_id_starts_at_index" ON "appointment_slots" USING btree ("service_id","starts_at");--> statement-breakpoint
CREATE INDEX "contact_boards_officer_id_index" ON "contact_boards" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "services_active_sort_order_index" ON "services" USING btree ("active","sort_order");