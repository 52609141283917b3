import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DeliveryLogFilter } from "./schemas";

/** One record of the delivery log: a notification shown in the app, or an e-mail sent, kept or given up. */
export type DeliveryLogRow = {
  channel: "inApp" | "email";
  id: string;
  /** The event told; "digest" for the day's summary e-mail. */
  event: string;
  at: Date;
  /** In the app UNREAD or READ; an e-mail's DeliveryStatus. */
  result: string;
  /** Read (in the app), or sent, kept or given up (an e-mail). */
  doneAt: Date | null;
  subject: string | null;
  body: string | null;
  address: string | null;
  attempts: number;
  error: string | null;
  params: Record<string, string> | null;
  /** In the app: how its e-mail goes (NONE, NOW, DIGEST). */
  emailMode: string | null;
  userName: string;
  username: string;
  total: bigint;
};

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Every notification recorded, through either channel, newest first, filtered and paged, with the
 * number of records matching. SQL because the log is one list over two tables (Notification for
 * the app, NotificationDelivery for e-mail) paged together: Prisma's query API pages one model.
 * An e-mail's event is its notification's kind ("digest" for the daily summary).
 */
export async function deliveryLogRows(client: Db, filter: DeliveryLogFilter, take: number, skip: number): Promise<DeliveryLogRow[]> {
  const conditions: Prisma.Sql[] = [];
  if (filter.channel) conditions.push(Prisma.sql`log.channel = ${filter.channel}`);
  if (filter.result) conditions.push(Prisma.sql`log.result = ${filter.result}`);
  if (filter.event) conditions.push(Prisma.sql`log.event = ${filter.event}`);
  if (filter.q) {
    const like = `%${escapeLike(filter.q)}%`;
    conditions.push(Prisma.sql`(u.name ILIKE ${like} OR u.username ILIKE ${like} OR log.subject ILIKE ${like} OR log.address ILIKE ${like})`);
  }
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  return client.$queryRaw<DeliveryLogRow[]>`
    WITH log AS (
      SELECT 'inApp'::text AS channel, n.id, n."userId", n.kind AS event, n."createdAt" AS at,
             CASE WHEN n."readAt" IS NULL THEN 'UNREAD' ELSE 'READ' END AS result, n."readAt" AS "doneAt",
             NULL::text AS subject, NULL::text AS body, NULL::text AS address, 0 AS attempts, NULL::text AS error,
             n.params, n."emailMode"::text AS "emailMode"
        FROM "Notification" n
      UNION ALL
      SELECT 'email'::text, d.id, d."userId",
             CASE WHEN d.kind = 'digest' THEN 'digest' ELSE (SELECT min(n.kind) FROM "Notification" n WHERE n."deliveryId" = d.id) END,
             d."createdAt", d.status::text, d."doneAt", d.subject, d.text, d.address, d.attempts, d.error, NULL::jsonb, NULL::text
        FROM "NotificationDelivery" d
    )
    SELECT log.*, u.name AS "userName", u.username, count(*) OVER () AS total
      FROM log JOIN "User" u ON u.id = log."userId"
      ${where}
     ORDER BY log.at DESC, log.id DESC
     LIMIT ${take} OFFSET ${skip}`;
}
