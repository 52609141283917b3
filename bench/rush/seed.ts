// What the December rush adds to the province data set (bench/province.ts): board staff who each
// look after one or two blocs, and the current year's pledge of every bloc, open for signing and
// signed by about half its members, so the pledge page and its document show what they do in
// December; and a year's notifications in every inbox. Written by SQL, in one transaction, with the one password hash the province uses.
import type { SqlClient } from "@/lib/audit/chain";
import type { ProvinceShape } from "../province";

export const benchStaffUsername = (i: number) => `bench.staff.${i}`;
export const benchPledgeId = (bloc: number) => `bp-${bloc}`;
export const PLEDGE_ITEMS = 10;
const NOTICES_PER_USER = 30;
const UNREAD_PER_USER = 5;

/** The blocs board staff member `staff` (1-based, of `staffCount`) looks after. */
export function blocsOfStaff(staff: number, staffCount: number, shape: ProvinceShape): number[] {
  const blocs: number[] = [];
  for (let b = staff; b <= shape.blocs; b += staffCount) blocs.push(b);
  return blocs.length > 0 ? blocs : [((staff - 1) % shape.blocs) + 1];
}

export async function seedRush(client: SqlClient, shape: ProvinceShape, staffCount: number, passwordHash: string): Promise<void> {
  const q = (sql: string, values: unknown[] = []) => client.query(sql, values);
  const year = shape.currentYear;
  await q("BEGIN");
  try {
    await q(
      `INSERT INTO "User" (id, username, name, "passwordHash", role, "allBlocs", "updatedAt")
         SELECT 'bench-staff-' || i, 'bench.staff.' || i, 'Chuyên viên Ban thử nghiệm ' || i, $2, 'BOARD'::"Role", false, now()
           FROM generate_series(1, $1::int) i`,
      [staffCount, passwordHash],
    );
    const assignments = Array.from({ length: staffCount }, (_, i) => blocsOfStaff(i + 1, staffCount, shape).map((b) => [i + 1, b])).flat();
    await q(
      `INSERT INTO "BoardAssignment" ("userId", "blocId")
         SELECT 'bench-staff-' || s, 'bb-' || b FROM unnest($1::int[], $2::int[]) AS a(s, b)`,
      [assignments.map(([s]) => s), assignments.map(([, b]) => b)],
    );
    await q(
      `INSERT INTO "Pledge" (id, "blocYearId", status, title, preamble, "openedAt", "updatedAt")
         SELECT 'bp-' || b, 'by-' || b || '-' || $2::int, 'OPEN', 'Giao ước thi đua năm ' || $2::int,
                'Các đơn vị thành viên khối thi đua thử nghiệm số ' || b || ' cùng giao ước thực hiện các nội dung sau.',
                make_date($2::int, 3, 1), now()
           FROM generate_series(1, $1::int) b`,
      [shape.blocs, year],
    );
    await q(
      `INSERT INTO "PledgeItem" (id, "pledgeId", position, content)
         SELECT 'bp-' || b || '-' || k, 'bp-' || b, k - 1, 'Nội dung giao ước số ' || k || ': hoàn thành vượt mức chỉ tiêu được giao.'
           FROM generate_series(1, $1::int) b, generate_series(1, $2::int) k`,
      [shape.blocs, PLEDGE_ITEMS],
    );
    // Every other member has signed: its unit's head, online.
    await q(
      `INSERT INTO "PledgeSignature" (id, "pledgeId", "unitId", "signerName", "signerTitle", "byHead", "signedAt")
         SELECT 'bps-' || m."unitId", 'bp-' || substr(y."blocId", 4), m."unitId", u."headName", u."headTitle", true, make_date($1::int, 3, 15)
           FROM "BlocMember" m JOIN "BlocYear" y ON y.id = m."blocYearId" JOIN "Unit" u ON u.id = m."unitId"
          WHERE m.year = $1::int AND y.id LIKE 'by-%' AND substr(m."unitId", 4)::int % 2 = 0`,
      [year],
    );
    // A year's notices in every user's inbox, the last few unread: the bell counts them on every
    // page and the inbox lists them, as in December (the rush's own submissions add more).
    await q(
      `INSERT INTO "Notification" (id, "userId", kind, "blocYearId", params, link, "dedupeKey", "createdAt", "readAt")
         SELECT 'bn-' || u.id || '-' || k, u.id, 'pledge-opened', 'by-1-' || $1::int,
                jsonb_build_object('year', $1::int, 'bloc', 'Khối thi đua thử nghiệm số 1'), '/blocs/bb-1/years/' || $1::int || '/pledge',
                'bench:' || u.id || ':' || k, make_date($1::int, 1, 1) + k * interval '10 days',
                CASE WHEN k <= $2::int - $3::int THEN make_date($1::int, 12, 1) END
           FROM "User" u, generate_series(1, $2::int) k`,
      [year, NOTICES_PER_USER, UNREAD_PER_USER],
    );
    await q("COMMIT");
  } catch (error) {
    await q("ROLLBACK");
    throw error;
  }
}
