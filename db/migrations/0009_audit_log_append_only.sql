-- The audit log is append-only, for every role including the tables' owner and a superuser (and on PGlite,
-- where there is only one): no UPDATE, no TRUNCATE, and no DELETE except through purge_audit_log(), the
-- retention purge, which can only remove rows older than a year. (On PostgreSQL the app's own role also lacks
-- the privileges: see db/roles.ts.)
CREATE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('portal.audit_purge', true) = 'on'
     AND OLD.created_at < now() - interval '365 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
-- The one way rows leave: older than keep_days (at least 365), in one call that the purge makes deliberately.
-- SECURITY DEFINER: it runs with its owner's (the tables' owner's) privileges, so the app's role may call it
-- without holding DELETE on the table.
CREATE FUNCTION purge_audit_log(keep_days integer) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  removed bigint;
BEGIN
  IF keep_days IS NULL OR keep_days < 365 THEN
    RAISE EXCEPTION 'audit rows are kept at least 365 days (asked for %)', keep_days;
  END IF;
  PERFORM set_config('portal.audit_purge', 'on', true);
  DELETE FROM audit_log WHERE created_at < now() - make_interval(days => keep_days);
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('portal.audit_purge', 'off', true);
  RETURN removed;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION purge_audit_log(integer) FROM PUBLIC;
