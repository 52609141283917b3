import { z } from "zod";
import { id } from "@/lib/validation/fields";
import { EVENT_KINDS } from "./kinds";

export const markReadSchema = z.object({ id: id() });
// Up to the newest notification the page showed: one that arrived since stays unread.
export const markAllReadSchema = z.object({ upTo: z.iso.datetime("validation.invalid") });
export const preferencesSchema = z.object({
  prefs: z
    .array(z.object({ kind: z.enum(EVENT_KINDS, "validation.invalidChoice"), choice: z.enum(["off", "now", "digest"], "validation.invalidChoice") }))
    .min(1)
    .max(EVENT_KINDS.length),
});

/** The inbox's filter, from the page's query string (?read=unread|read, ?kind=<kind>): anything else is no filter. */
export const inboxFilterSchema = z.object({
  read: z.enum(["unread", "read"]).optional().catch(undefined),
  kind: z.enum(EVENT_KINDS).optional().catch(undefined),
});
export type InboxFilter = z.infer<typeof inboxFilterSchema>;

export const DELIVERY_STATUSES = ["PENDING", "SENT", "KEPT", "FAILED", "SKIPPED"] as const;
export const outboxFilterSchema = z.object({
  status: z.enum(DELIVERY_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
});
export type OutboxFilter = z.infer<typeof outboxFilterSchema>;
