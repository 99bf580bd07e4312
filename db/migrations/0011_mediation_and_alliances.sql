CREATE TYPE "public"."mediation_agreement_form" AS ENUM('written', 'oral');--> statement-breakpoint
CREATE TYPE "public"."committee_member_kind" AS ENUM('officer', 'lawyer', 'community_mediator', 'resident_representative');--> statement-breakpoint
CREATE TYPE "public"."dispute_type" AS ENUM('marriage_family', 'neighbour', 'housing_land', 'contract', 'damages', 'property_management', 'labour', 'traffic_accident', 'consumer', 'other');--> statement-breakpoint
CREATE TYPE "public"."mediation_escalation_risk" AS ENUM('none', 'low', 'high');--> statement-breakpoint
CREATE TYPE "public"."mediation_follow_up_method" AS ENUM('visit', 'phone');--> statement-breakpoint
CREATE TYPE "public"."mediation_source" AS ENUM('resident_request', 'police_referral', 'officer_visit', 'walk_in', 'court_entrusted');--> statement-breakpoint
CREATE TYPE "public"."mediation_status" AS ENUM('in_mediation', 'agreed', 'not_agreed');--> statement-breakpoint
CREATE TYPE "public"."mediation_party_kind" AS ENUM('person', 'unit');--> statement-breakpoint
CREATE TYPE "public"."mediation_party_side" AS ENUM('applicant', 'respondent');--> statement-breakpoint
CREATE TYPE "public"."mediation_performance" AS ENUM('performed', 'partly', 'not_performed');--> statement-breakpoint
CREATE TYPE "public"."mediation_referral_route" AS ENUM('litigation', 'arbitration', 'administrative', 'other');--> statement-breakpoint
CREATE TYPE "public"."mediation_satisfaction" AS ENUM('satisfied', 'fairly_satisfied', 'dissatisfied');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('male', 'female');--> statement-breakpoint
CREATE TYPE "public"."alliance_activity_kind" AS ENUM('joint_patrol', 'training', 'anti_fraud', 'rectification', 'other');--> statement-breakpoint
CREATE TYPE "public"."alliance_referral_result" AS ENUM('resolved', 'partly_resolved', 'unresolved');--> statement-breakpoint
CREATE TYPE "public"."alliance_referral_status" AS ENUM('awaiting_answer', 'answered', 'closed');--> statement-breakpoint
ALTER TYPE "public"."request_event_type" ADD VALUE 'mediation';--> statement-breakpoint
ALTER TYPE "public"."request_event_type" ADD VALUE 'referral';--> statement-breakpoint
CREATE TABLE "mediation_committee_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"station_id" integer NOT NULL,
	"kind" "committee_member_kind" NOT NULL,
	"user_id" integer,
	"name" text NOT NULL,
	"affiliation" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_agreements" (
	"case_id" integer PRIMARY KEY NOT NULL,
	"form" "mediation_agreement_form" NOT NULL,
	"facts" text NOT NULL,
	"matters" text NOT NULL,
	"responsibility" text NOT NULL,
	"terms" text NOT NULL,
	"performance_method" text NOT NULL,
	"performance_deadline" date NOT NULL,
	"agreed_on" date NOT NULL,
	"recorded_by_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_case_counters" (
	"station_id" integer NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "mediation_case_counters_station_id_year_pk" PRIMARY KEY("station_id","year")
);
--> statement-breakpoint
CREATE TABLE "mediation_cases" (
	"id" serial PRIMARY KEY NOT NULL,
	"station_id" integer NOT NULL,
	"community_id" integer NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"source" "mediation_source" NOT NULL,
	"request_id" uuid,
	"dispute_type" "dispute_type" NOT NULL,
	"summary" text NOT NULL,
	"place_id" integer,
	"place_text" text,
	"status" "mediation_status" DEFAULT 'in_mediation' NOT NULL,
	"lead_mediator_id" integer NOT NULL,
	"second_mediator_id" integer,
	"third_mediator_id" integer,
	"accepted_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"notice_given_on" date,
	"notice_given_by_id" integer,
	"closed_at" timestamp with time zone,
	"referred_to" "mediation_referral_route",
	"end_reason" text,
	"created_by_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_extensions" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"previous_due_at" timestamp with time zone NOT NULL,
	"new_due_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"consent" text NOT NULL,
	"recorded_by_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_follow_ups" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"done_by_id" integer,
	"method" "mediation_follow_up_method",
	"performance" "mediation_performance",
	"satisfaction" "mediation_satisfaction",
	"new_conflict" boolean,
	"escalation_risk" "mediation_escalation_risk",
	"action_taken" text,
	"reminded_at" timestamp with time zone,
	"created_by_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_parties" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"side" "mediation_party_side" NOT NULL,
	"kind" "mediation_party_kind" NOT NULL,
	"name" text NOT NULL,
	"sex" "sex",
	"age" smallint,
	"representative" text,
	"address" text,
	"phone" text,
	"contact_purged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mediation_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"place_text" text NOT NULL,
	"held_at" timestamp with time zone,
	"attendees" text,
	"record" text,
	"created_by_id" integer NOT NULL,
	"recorded_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alliance_activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"alliance_id" integer NOT NULL,
	"kind" "alliance_activity_kind" NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"participants" text NOT NULL,
	"outcome" text NOT NULL,
	"created_by_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alliance_organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"alliance_id" integer NOT NULL,
	"name" text NOT NULL,
	"place_id" integer,
	"contact_name" text NOT NULL,
	"contact_title" text,
	"contact_phone" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alliance_referrals" (
	"id" serial PRIMARY KEY NOT NULL,
	"station_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"request_id" uuid,
	"subject" text NOT NULL,
	"status" "alliance_referral_status" DEFAULT 'awaiting_answer' NOT NULL,
	"referred_by_id" integer NOT NULL,
	"referred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"result" "alliance_referral_result",
	"closing_note" text,
	"closed_by_id" integer,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "alliances" (
	"id" serial PRIMARY KEY NOT NULL,
	"station_id" integer NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"signed_on" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "stations" ADD COLUMN "short_name" text;--> statement-breakpoint
ALTER TABLE "mediation_committee_members" ADD CONSTRAINT "mediation_committee_members_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_committee_members" ADD CONSTRAINT "mediation_committee_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_agreements" ADD CONSTRAINT "mediation_agreements_case_id_mediation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."mediation_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_agreements" ADD CONSTRAINT "mediation_agreements_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_case_counters" ADD CONSTRAINT "mediation_case_counters_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_lead_mediator_id_mediation_committee_members_id_fk" FOREIGN KEY ("lead_mediator_id") REFERENCES "public"."mediation_committee_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_second_mediator_id_mediation_committee_members_id_fk" FOREIGN KEY ("second_mediator_id") REFERENCES "public"."mediation_committee_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_third_mediator_id_mediation_committee_members_id_fk" FOREIGN KEY ("third_mediator_id") REFERENCES "public"."mediation_committee_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_notice_given_by_id_users_id_fk" FOREIGN KEY ("notice_given_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_extensions" ADD CONSTRAINT "mediation_extensions_case_id_mediation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."mediation_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_extensions" ADD CONSTRAINT "mediation_extensions_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_follow_ups" ADD CONSTRAINT "mediation_follow_ups_case_id_mediation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."mediation_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_follow_ups" ADD CONSTRAINT "mediation_follow_ups_done_by_id_users_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_follow_ups" ADD CONSTRAINT "mediation_follow_ups_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_parties" ADD CONSTRAINT "mediation_parties_case_id_mediation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."mediation_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_sessions" ADD CONSTRAINT "mediation_sessions_case_id_mediation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."mediation_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_sessions" ADD CONSTRAINT "mediation_sessions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_sessions" ADD CONSTRAINT "mediation_sessions_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_activities" ADD CONSTRAINT "alliance_activities_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_activities" ADD CONSTRAINT "alliance_activities_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_organisations" ADD CONSTRAINT "alliance_organisations_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_organisations" ADD CONSTRAINT "alliance_organisations_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_referrals" ADD CONSTRAINT "alliance_referrals_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_referrals" ADD CONSTRAINT "alliance_referrals_organisation_id_alliance_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."alliance_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_referrals" ADD CONSTRAINT "alliance_referrals_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_referrals" ADD CONSTRAINT "alliance_referrals_referred_by_id_users_id_fk" FOREIGN KEY ("referred_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_referrals" ADD CONSTRAINT "alliance_referrals_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliances" ADD CONSTRAINT "alliances_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mediation_committee_members_station_id_active_index" ON "mediation_committee_members" USING btree ("station_id","active");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_committee_members_user_id_index" ON "mediation_committee_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "mediation_agreements_agreed_on_index" ON "mediation_agreements" USING btree ("agreed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_cases_station_id_year_number_index" ON "mediation_cases" USING btree ("station_id","year","number");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_cases_request_id_index" ON "mediation_cases" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "mediation_cases_station_id_year_dispute_type_status_index" ON "mediation_cases" USING btree ("station_id","year","dispute_type","status");--> statement-breakpoint
CREATE INDEX "mediation_cases_station_id_status_due_at_index" ON "mediation_cases" USING btree ("station_id","status","due_at");--> statement-breakpoint
CREATE INDEX "mediation_cases_lead_mediator_id_index" ON "mediation_cases" USING btree ("lead_mediator_id");--> statement-breakpoint
CREATE INDEX "mediation_cases_second_mediator_id_index" ON "mediation_cases" USING btree ("second_mediator_id");--> statement-breakpoint
CREATE INDEX "mediation_cases_third_mediator_id_index" ON "mediation_cases" USING btree ("third_mediator_id");--> statement-breakpoint
CREATE INDEX "mediation_cases_community_id_index" ON "mediation_cases" USING btree ("community_id");--> statement-breakpoint
CREATE INDEX "mediation_cases_place_id_index" ON "mediation_cases" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "mediation_extensions_case_id_index" ON "mediation_extensions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "mediation_follow_ups_case_id_index" ON "mediation_follow_ups" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "mediation_follow_ups_done_at_due_on_index" ON "mediation_follow_ups" USING btree ("done_at","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_parties_case_id_position_index" ON "mediation_parties" USING btree ("case_id","position");--> statement-breakpoint
CREATE INDEX "mediation_sessions_case_id_scheduled_at_index" ON "mediation_sessions" USING btree ("case_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "alliance_activities_alliance_id_held_on_index" ON "alliance_activities" USING btree ("alliance_id","held_on");--> statement-breakpoint
CREATE INDEX "alliance_organisations_alliance_id_index" ON "alliance_organisations" USING btree ("alliance_id");--> statement-breakpoint
CREATE INDEX "alliance_organisations_place_id_index" ON "alliance_organisations" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "alliance_referrals_station_id_status_referred_at_index" ON "alliance_referrals" USING btree ("station_id","status","referred_at");--> statement-breakpoint
CREATE INDEX "alliance_referrals_request_id_index" ON "alliance_referrals" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "alliance_referrals_organisation_id_index" ON "alliance_referrals" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "alliances_station_id_active_index" ON "alliances" USING btree ("station_id","active");