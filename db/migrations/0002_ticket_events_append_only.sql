-- §13 traceability: the history of a Demande is append-only, whatever code runs against it.
CREATE FUNCTION refuse_history_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'L''historique des demandes ne peut être ni modifié ni supprimé (%).', TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ticket_events_append_only
  BEFORE UPDATE OR DELETE ON ticket_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
