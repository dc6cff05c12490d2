-- Demandes registered before these columns existed: received when registered; a paused clock
-- was waiting for the client (the only cause of pause there was); a Demande waiting for the
-- client has waited since its last change.
UPDATE "tickets" SET "received_at" = "created_at" WHERE "received_at" IS NULL;--> statement-breakpoint
UPDATE "sla_clocks" SET "pause_causes" = '{waiting_client}' WHERE "paused_at" IS NOT NULL AND "pause_causes" = '{}';--> statement-breakpoint
UPDATE "tickets" SET "waiting_since" = "updated_at" WHERE "status" = 'waiting_client' AND "waiting_since" IS NULL;
