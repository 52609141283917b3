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
export const LOG_CHANNELS = ["inApp", "email"] as const;
/** A record's result: in the app read or not; an e-mail's delivery status. */
export const LOG_RESULTS = { inApp: ["UNREAD", "READ"], email: DELIVERY_STATUSES } as const;
/** The events a record may be of: every event kind, and the day's digest e-mail. */
export const LOG_EVENTS = [...EVENT_KINDS, "digest"] as const;

/** The delivery log's filter, from the page's query string: anything unknown is no filter; page from 1. */
export const deliveryLogFilterSchema = z.object({
  channel: z.enum(LOG_CHANNELS).optional().catch(undefined),
  result: z
    .enum([...LOG_RESULTS.inApp, ...LOG_RESULTS.email])
    .optional()
    .catch(undefined),
  event: z.enum(LOG_EVENTS).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type DeliveryLogFilter = Partial<z.infer<typeof deliveryLogFilterSchema>>;
