ALTER TYPE "public"."request_event_type" ADD VALUE 'handover';--> statement-breakpoint
ALTER TYPE "public"."request_event_type" ADD VALUE 'rating';--> statement-breakpoint
CREATE TABLE "response_targets" (
	"kind" "request_kind" PRIMARY KEY NOT NULL,
	"minutes" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" integer
);
--> statement-breakpoint
CREATE TABLE "faq_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"topic" text NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"source_request_id" uuid,
	"published_by_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prevention_tips" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"topic" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"author_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "request_events" ADD COLUMN "assignee_id" integer;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "anonymous" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "details" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
UPDATE "requests" SET "due_at" = "created_at" + interval '24 hours';--> statement-breakpoint
ALTER TABLE "requests" ALTER COLUMN "due_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "rating" smallint;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "rating_comment" text;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "rated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "contact_purged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "response_targets" ADD CONSTRAINT "response_targets_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD CONSTRAINT "faq_entries_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD CONSTRAINT "faq_entries_source_request_id_requests_id_fk" FOREIGN KEY ("source_request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD CONSTRAINT "faq_entries_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_tips" ADD CONSTRAINT "prevention_tips_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_tips" ADD CONSTRAINT "prevention_tips_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "faq_entries_community_id_created_at_index" ON "faq_entries" USING btree ("community_id","created_at");--> statement-breakpoint
CREATE INDEX "prevention_tips_community_id_created_at_index" ON "prevention_tips" USING btree ("community_id","created_at");--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "requests_status_due_at_index" ON "requests" USING btree ("status","due_at");