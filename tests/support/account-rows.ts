// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for
// set-password links and deleting what was created by mistake. A delete gets a row made just for
// that call (an input that brings its own id, the malformed one, keeps it); the link row makes a
// link as the service does and spends it through the public action.
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/result";
import * as accounts from "@/lib/users/accounts/actions";
import * as blocs from "@/lib/blocs/actions";
import * as units from "@/lib/units/actions";
import * as users from "@/lib/users/actions";
import { hashLinkToken, newLinkToken } from "@/lib/users/accounts/links";
import { NO_PASSWORD } from "@/lib/auth/password";

type Input = Record<string, unknown>;
type Run = (input: never) => Promise<ActionResult<unknown>>;
export type AccountRow = { name: string; run: Run; input: () => Input; allowed: string[]; signedOut?: true };

const EVERYONE = ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "donvi", "thutruong", "truongkhoi", "phokhoi"];
let n = 0;

const fresh = (make: () => Promise<string>, run: Run) => async (input: Input) => run(("id" in input ? input : { ...input, id: await make() }) as never);
const account = async () =>
  (await db.user.create({ data: { username: `moi${++n}`, name: `Tài khoản mới ${n}`, role: "COUNCIL", passwordHash: NO_PASSWORD } })).id;

async function withLink(input: Input) {
  const token = newLinkToken();
  const userId = await account();
  await db.passwordSetToken.create({
    data: { userId, tokenHash: hashLinkToken(token), expiresAt: new Date(Date.now() + 3600_000), createdById: "user-admin" },
  });
  return accounts.setPasswordWithLinkAction({ ...input, token } as never);
}

export const accountRows: AccountRow[] = [
  { name: "issueSetPasswordLinks", run: accounts.issueSetPasswordLinksAction as Run, input: () => ({ userIds: ["user-cumvien"] }), allowed: ["admin"] },
  {
    name: "setPasswordWithLink",
    run: withLink,
    input: () => ({ password: "Lúa chín vàng 2026", passwordConfirm: "Lúa chín vàng 2026" }),
    allowed: EVERYONE,
    signedOut: true,
  },
  {
    name: "deleteUnit",
    run: fresh(
      async () => (await db.unit.create({ data: { code: `XD-${++n}`, name: `Đơn vị nhầm ${n}`, shortName: "NN" } })).id,
      units.deleteUnitAction as Run,
    ),
    input: () => ({}),
    allowed: ["admin", "bantdkt", "bantdkt.khoi"],
  },
  {
    name: "deleteBloc",
    run: fresh(async () => (await db.bloc.create({ data: { code: `XK-${++n}`, name: `Khối nhầm ${n}`, kind: "KHOI" } })).id, blocs.deleteBlocAction as Run),
    input: () => ({}),
    allowed: ["admin", "bantdkt"],
  },
  { name: "deleteUser", run: fresh(account, users.deleteUserAction as Run), input: () => ({}), allowed: ["admin"] },
];
