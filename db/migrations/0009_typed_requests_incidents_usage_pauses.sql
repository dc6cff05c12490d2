CREATE TYPE "public"."incident_cause" AS ENUM('fault', 'emergency_maintenance', 'planned_maintenance', 'force_majeure', 'client_equipment', 'external_system');--> statement-breakpoint
CREATE TYPE "public"."incident_environment" AS ENUM('production', 'other');--> statement-breakpoint
CREATE TYPE "public"."clock_pause_cause" AS ENUM('waiting_client', 'support_suspended');--> statement-breakpoint
CREATE TYPE "public"."request_step" AS ENUM('requested', 'planned', 'done', 'refused');--> statement-breakpoint
CREATE TYPE "public"."ticket_type" AS ENUM('standard', 'restore', 'software_account');--> statement-breakpoint
CREATE TABLE "incident_organizations" (
	"incident_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "incident_organizations_incident_id_organization_id_pk" PRIMARY KEY("incident_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "incident_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"body" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"author_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"cause" "incident_cause" NOT NULL,
	"cause_detail" text,
	"environment" "incident_environment" NOT NULL,
	"all_organizations" boolean NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"announcement_id" uuid,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "file_contents" (
	"storage_key" text PRIMARY KEY NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_counters" (
	"day" date NOT NULL,
	"metric" text NOT NULL,
	"key" text NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "usage_counters_day_metric_key_pk" PRIMARY KEY("day","metric","key")
);
--> statement-breakpoint
ALTER TABLE "announcements" ADD COLUMN "training_required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "link" text;--> statement-breakpoint
ALTER TABLE "support_settings" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "support_settings" ADD COLUMN "waiting_reminder_business_days" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "support_settings" ADD COLUMN "daily_backup_at" text DEFAULT '02:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "sla_clocks" ADD COLUMN "pause_causes" "clock_pause_cause"[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "type" "ticket_type" DEFAULT 'standard' NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "request_step" "request_step";--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "request_details" jsonb;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "request_planned_for" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "request_result" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "received_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "pickup_excluded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "pickup_exclusion_reason" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "pickup_excluded_by_id" uuid;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "waiting_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "waiting_reminder_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "incident_organizations" ADD CONSTRAINT "incident_organizations_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_organizations" ADD CONSTRAINT "incident_organizations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_updates" ADD CONSTRAINT "incident_updates_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_updates" ADD CONSTRAINT "incident_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_organizations_organization_idx" ON "incident_organizations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "incident_updates_incident_idx" ON "incident_updates" USING btree ("incident_id","at");--> statement-breakpoint
CREATE INDEX "incidents_started_idx" ON "incidents" USING btree ("started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "incidents_ongoing_idx" ON "incidents" USING btree ("started_at") WHERE "incidents"."ended_at" is null;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_pickup_excluded_by_id_users_id_fk" FOREIGN KEY ("pickup_excluded_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tickets_waiting_reminder_idx" ON "tickets" USING btree ("waiting_since") WHERE "tickets"."status" = 'waiting_client' and "tickets"."waiting_reminder_sent_at" is null;--> statement-breakpoint
CREATE INDEX "tickets_resolved_idx" ON "tickets" USING btree ("resolved_at") WHERE "tickets"."status" = 'resolved';--> statement-breakpoint
CREATE INDEX "tickets_typed_request_idx" ON "tickets" USING btree ("type","request_step","created_at") WHERE "tickets"."type" <> 'standard';