ALTER TABLE "sla_clocks" ADD COLUMN "active_business_ms" bigint;--> statement-breakpoint
CREATE INDEX "sla_clocks_kind_started_idx" ON "sla_clocks" USING btree ("kind","started_at");--> statement-breakpoint
CREATE INDEX "ticket_events_actor_idx" ON "ticket_events" USING btree ("actor_id","ticket_id");