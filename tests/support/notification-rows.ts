// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for one's
// own notifications: every signed-in caller may read and mark their own. Marking one read needs
// one to mark: the row gives the caller a notification (read through the test's stand-in for
// getSession) unless the input brings its own id. Reading is not audited; preferences are.
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/result";
import { getSession } from "@/lib/auth/session";
import * as notifications from "@/lib/notifications/actions";

type Input = Record<string, unknown>;
type Run = (input: never) => Promise<ActionResult<unknown>>;
export type NotificationRow = { name: string; run: Run; input: () => Input; allowed: string[]; unaudited?: string };

const EVERYONE = ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "donvi", "thutruong", "truongkhoi", "phokhoi"];
let n = 0;

async function markOwn(input: Input) {
  const caller = await getSession();
  const own = () =>
    db.notification
      .create({
        data: {
          userId: caller!.userId,
          kind: "pledge-opened",
          params: { bloc: "Khối thử", year: "2026" },
          link: "/",
          dedupeKey: `matrix:${++n}:${caller!.userId}`,
        },
      })
      .then((row) => row.id);
  const id = "id" in input ? input.id : caller ? await own() : "khong-co";
  return notifications.markNotificationReadAction({ ...input, id } as never);
}

export const notificationRows: NotificationRow[] = [
  {
    name: "markNotificationRead",
    run: markOwn,
    input: () => ({}),
    allowed: EVERYONE,
    unaudited: "reading one's own notification changes nothing anyone else sees",
  },
  {
    name: "markAllNotificationsRead",
    run: notifications.markAllNotificationsReadAction as Run,
    input: () => ({ upTo: new Date().toISOString() }),
    allowed: EVERYONE,
    unaudited: "as above",
  },
  {
    name: "setNotificationPreferences",
    run: notifications.setNotificationPreferencesAction as Run,
    input: () => ({ prefs: [{ kind: "conference-scheduled", choice: "digest" }] }),
    allowed: EVERYONE,
  },
];
