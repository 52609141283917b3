-- Restore mode (app.restore, see audit_hash_chain) keeps a re-inserted entry's own id, "prevHash"
-- and "hash". Any session may set app.restore, so it now counts only for a member of the role
-- that owns "AuditLog" (or a superuser): `npm run restore` runs as the owner. The app's own role
-- (docs/security.md) could otherwise slip an entry with a chosen id and hash into a gap of the
-- chain, breaking it for good since that role cannot delete. Otherwise unchanged.
CREATE OR REPLACE FUNCTION "audit_log_chain"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    last_id BIGINT;
    last_hash TEXT;
BEGIN
    IF current_setting('app.restore', true) = 'on'
       AND pg_has_role(current_user, (SELECT c."relowner" FROM pg_class c WHERE c."oid" = TG_RELID), 'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'AuditLog entries must be written under READ COMMITTED, not %', current_setting('transaction_isolation');
    END IF;
    PERFORM pg_advisory_xact_lock(1096107081); -- fixed key for the audit chain ("AUDI")
    SELECT "id", "hash" INTO last_id, last_hash FROM "AuditLog" ORDER BY "id" DESC LIMIT 1;
    IF NEW."id" IS NULL OR NEW."id" <= coalesce(last_id, 0) OR NEW."id" > (SELECT "last_value" FROM "AuditLog_id_seq") THEN
        NEW."id" := nextval('"AuditLog_id_seq"');
        IF NEW."id" <= last_id THEN -- the sequence is behind the table (a restore that did not move it)
            PERFORM setval('"AuditLog_id_seq"', last_id);
            NEW."id" := nextval('"AuditLog_id_seq"');
        END IF;
    END IF;
    NEW."prevHash" := last_hash;
    NEW."hash" := "audit_hash"(last_hash, NEW);
    RETURN NEW;
END;
$$;
