ALTER TABLE "requests" ADD COLUMN "reopened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "reopen_due_at" timestamp with time zone;