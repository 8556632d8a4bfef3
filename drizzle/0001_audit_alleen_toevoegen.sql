-- The audit trail is evidence: no application path may change or remove it.
CREATE FUNCTION audit_regel_weiger_wijziging() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_regel is alleen-toevoegen: % is niet toegestaan', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_regel_geen_update_of_delete BEFORE UPDATE OR DELETE ON audit_regel
  FOR EACH ROW EXECUTE FUNCTION audit_regel_weiger_wijziging();
--> statement-breakpoint
CREATE TRIGGER audit_regel_geen_truncate BEFORE TRUNCATE ON audit_regel
  FOR EACH STATEMENT EXECUTE FUNCTION audit_regel_weiger_wijziging();
