-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT;

-- Hash chain: each entry's hash covers its own content and the previous entry's hash, so
-- editing or deleting an entry (which needs a superuser to lift the append-only trigger)
-- breaks the chain at that point. `npm run audit:verify` walks it (lib/audit/chain.ts).
-- Built in the database so every writer is covered, whatever the application code does.

-- The one definition of what an entry's hash covers. A JSON array, so fields cannot run into
-- each other (strings are quoted and escaped) and NULL is an explicit `null`; jsonb's text
-- form is canonical (sorted keys, no whitespace choices); "at" in UTC ISO form.
CREATE FUNCTION "audit_canonical"(prev TEXT, r "AuditLog") RETURNS TEXT
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_array(
        prev, r."id"::TEXT, to_char(r."at", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        r."userId", r."userName", r."unitId", r."action", r."entityType", r."entityId",
        r."before", r."after"
    )::TEXT
$$;

CREATE FUNCTION "audit_hash"(prev TEXT, r "AuditLog") RETURNS TEXT
LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to("audit_canonical"(prev, r), 'UTF8')), 'hex')
$$;

-- Links every new entry to the latest one. The transaction-level advisory lock serialises
-- writers from here to their commit, so under READ COMMITTED the latest committed entry is
-- the chain's head. Id order must equal chain order even when transactions interleave: the
-- id drawn by the column default (before the lock) is kept only if it is still above the
-- head's and was issued by the sequence; otherwise a fresh one is drawn under the lock, above
-- every id issued so far. A rolled-back entry leaves a gap in the ids, not in the chain.
-- A REPEATABLE READ snapshot could miss the head and fork the chain, so it is refused.
-- Whatever "prevHash" or "hash" a client sends is overwritten.
--
-- Restore only: a session that runs `SET app.restore = 'on'` (or set_config('app.restore', 'on', …))
-- re-inserts backed-up entries with their own id, "prevHash" and "hash", unchanged, in id
-- order, and should then move the id sequence past the largest id (setval; otherwise the next
-- entry does it). The application never sets it.
CREATE FUNCTION "audit_log_chain"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    last_id BIGINT;
    last_hash TEXT;
BEGIN
    IF current_setting('app.restore', true) = 'on' THEN
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

-- Backfill the entries written before the chain existed, in id order. The append-only
-- trigger refuses UPDATE, so it is lifted for this migration's transaction only.
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update_delete";
DO $$
DECLARE
    r "AuditLog";
    prev TEXT := NULL;
    h TEXT;
BEGIN
    FOR r IN SELECT * FROM "AuditLog" ORDER BY "id" LOOP
        h := "audit_hash"(prev, r);
        UPDATE "AuditLog" SET "prevHash" = prev, "hash" = h WHERE "id" = r."id";
        prev := h;
    END LOOP;
END;
$$;
ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_no_update_delete";

CREATE TRIGGER "AuditLog_chain"
    BEFORE INSERT ON "AuditLog"
    FOR EACH ROW EXECUTE FUNCTION "audit_log_chain"();
