// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for
// sign-in sessions. Ending one's own session needs one to end: the row starts a session for the
// caller (read through the test's stand-in for getSession) unless the input brings its own id.
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/result";
import { getSession } from "@/lib/auth/session";
import * as sessions from "@/lib/sessions/actions";
import { startSession } from "@/lib/auth/session-record";

type Input = Record<string, unknown>;
type Run = (input: never) => Promise<ActionResult<unknown>>;
export type SessionRow = { name: string; run: Run; input: () => Input; allowed: string[] };

const EVERYONE = ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "donvi", "thutruong", "truongkhoi", "phokhoi"];

async function endOwn(input: Input) {
  const caller = await getSession();
  const id = "id" in input ? input.id : caller ? await startSession(db, caller.userId, "10.0.0.1", "Thử nghiệm") : "khong-co-phien";
  return sessions.endOwnSessionAction({ ...input, id } as never);
}

export const sessionRows: SessionRow[] = [
  { name: "endOwnSession", run: endOwn, input: () => ({}), allowed: EVERYONE },
  { name: "endOtherSessions", run: sessions.endOtherSessionsAction as Run, input: () => ({ keep: "phien-dang-dung" }), allowed: EVERYONE },
  { name: "endUserSessions", run: sessions.endUserSessionsAction as Run, input: () => ({ userId: "user-cumvien" }), allowed: ["admin"] },
];
