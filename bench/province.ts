// A province-scale data set for the load test and the benchmark, written by SQL on the database
// itself (generate_series), so 300 000 score rows take seconds rather than minutes of client
// round trips. Every row uses a "bench" id prefix and never collides with the demo data.
import type { SqlClient } from "@/lib/audit/chain";

export type ProvinceShape = {
  blocs: number;
  units: number;
  /** Years up to and including `currentYear`; earlier years are closed with three score layers. */
  years: number;
  currentYear: number;
  /** Leaves per criteria set: (leaves - 4) standard ones in four groups, then 2 bonus, 1 deduction, 1 gate. */
  leaves: number;
};

export const PROVINCE: ProvinceShape = { blocs: 30, units: 400, years: 5, currentYear: 2026, leaves: 60 };

export const benchUnitId = (i: number) => `bu-${i}`;
export const benchUsername = (i: number) => `bench.${i}`;
export const BENCH_BOARD = "bench.board";
/** Every bench account's password (all share one argon2 hash: hashing hundreds would take minutes). */
export const BENCH_PASSWORD = "Bench@2026";
export const benchYearId = (bloc: number, year: number) => `by-${bloc}-${year}`;
/** The bloc a unit belongs to (1-based), as the generator assigns them. */
export const blocOfUnit = (unit: number, shape: ProvinceShape) => ((unit - 1) % shape.blocs) + 1;

/** Writes the data set in one transaction. `passwordHash` is stored for every bench account. */
/**
 * A temp table of a set's leaves (k, grp, code, kind, max in hundredths), $1 standard leaves per
 * group in four groups, then B1, B2 (bonus), D1 (deduction) and the gate G1 in a fifth: the
 * shape of every benchmark set (the province's and the national one).
 */
export const leafTableSql = (table: string) =>
  `CREATE TEMP TABLE ${table} ON COMMIT DROP AS
     SELECT k, ((k - 1) / $1::int) + 1 AS grp, k::text AS code, 'STANDARD' AS kind, (5 + (k % 3) * 5) * 100 AS max
       FROM generate_series(1, $1::int * 4) k
     UNION ALL VALUES ($1::int * 4 + 1, 5, 'B1', 'BONUS', 1000), ($1::int * 4 + 2, 5, 'B2', 'BONUS', 1500),
                      ($1::int * 4 + 3, 5, 'D1', 'DEDUCTION', 500), ($1::int * 4 + 4, 5, 'G1', 'GATE', NULL)`;

export async function seedProvince(client: SqlClient, shape: ProvinceShape, passwordHash: string): Promise<void> {
  const { blocs, units, years, currentYear, leaves } = shape;
  const firstYear = currentYear - years + 1;
  const perGroup = Math.floor((leaves - 4) / 4);
  const q = (sql: string, values: unknown[] = []) => client.query(sql, values);

  await q("BEGIN");
  try {
    await q(
      `CREATE TEMP TABLE bench_member ON COMMIT DROP AS
         SELECT i AS unit, ((i - 1) % $2::int) + 1 AS bloc,
                (row_number() OVER (PARTITION BY (i - 1) % $2::int ORDER BY i) - 1)::int AS pos,
                (count(*) OVER (PARTITION BY (i - 1) % $2::int))::int AS n
           FROM generate_series(1, $1::int) i`,
      [units, blocs],
    );
    await q(leafTableSql("bench_leaf"), [perGroup]);
    await q(
      `INSERT INTO "Unit" (id, code, name, "shortName", "headName", "headTitle", "updatedAt")
         SELECT 'bu-' || i, 'BU' || lpad(i::text, 4, '0'), 'Sở Thử nghiệm số ' || i, 'STN ' || i, 'Nguyễn Văn ' || i, 'Giám đốc', now()
           FROM generate_series(1, $1::int) i`,
      [units],
    );
    await q(
      `INSERT INTO "Bloc" (id, code, name, kind, "updatedAt")
         SELECT 'bb-' || b, 'BB' || lpad(b::text, 3, '0'), 'Khối thi đua thử nghiệm số ' || b,
                (CASE WHEN b % 2 = 0 THEN 'CUM' ELSE 'KHOI' END)::"BlocKind", now()
           FROM generate_series(1, $1::int) b`,
      [blocs],
    );
    await q(`INSERT INTO "BlocRotationSlot" ("blocId", "unitId", position) SELECT 'bb-' || bloc, 'bu-' || unit, pos FROM bench_member`);
    await q(
      `INSERT INTO "BlocYear" (id, "blocId", year, status, "leaderUnitId", "deputyUnitId", "updatedAt")
         SELECT 'by-' || b || '-' || y, 'bb-' || b, y, (CASE WHEN y = $2::int THEN 'ACTIVE' ELSE 'CLOSED' END)::"BlocYearStatus",
                (SELECT 'bu-' || unit FROM bench_member m WHERE m.bloc = b AND m.pos = (y - $1::int) % m.n),
                (SELECT 'bu-' || unit FROM bench_member m WHERE m.bloc = b AND m.pos = (y - $1::int + 1) % m.n), now()
           FROM generate_series(1, $3::int) b, generate_series($1::int, $2::int) y`,
      [firstYear, currentYear, blocs],
    );
    await q(
      `INSERT INTO "BlocMember" ("blocYearId", year, "unitId")
         SELECT 'by-' || bloc || '-' || y, y, 'bu-' || unit FROM bench_member, generate_series($1::int, $2::int) y`,
      [firstYear, currentYear],
    );
    await q(
      `INSERT INTO "CriteriaSet" (id, "blocYearId", name, status, "publishedAt", "updatedAt")
         SELECT 'cs-' || b || '-' || y, 'by-' || b || '-' || y, 'Bảng tiêu chí năm ' || y, 'PUBLISHED', make_date(y, 1, 15), now()
           FROM generate_series(1, $3::int) b, generate_series($1::int, $2::int) y`,
      [firstYear, currentYear, blocs],
    );
    const sets = `SELECT 'cs-' || b || '-' || y AS set FROM generate_series(1, $3::int) b, generate_series($1::int, $2::int) y`;
    await q(
      `INSERT INTO "CriterionNode" (id, "setId", position, code, title)
         SELECT s.set || '-g' || g, s.set, g - 1, (ARRAY['I','II','III','IV','V'])[g],
                (ARRAY['Công tác tham mưu','Thực hiện nhiệm vụ chuyên môn','Cải cách hành chính','Công tác thi đua, khen thưởng','Điểm thưởng, điểm trừ và điều kiện'])[g]
           FROM (${sets}) s, generate_series(1, 5) g`,
      [firstYear, currentYear, blocs],
    );
    await q(
      `INSERT INTO "CriterionNode" (id, "setId", "parentId", position, code, title, kind, "maxHundredths")
         SELECT s.set || '-' || l.code, s.set, s.set || '-g' || l.grp, l.k, l.code, 'Tiêu chí ' || l.code, l.kind::"CriterionKind", l.max
           FROM (${sets}) s, bench_leaf l`,
      [firstYear, currentYear, blocs],
    );
    await q(
      `INSERT INTO "ScoringRound" (id, "blocYearId", "opensAt", "closesAt", "updatedAt")
         SELECT 'sr-' || b || '-' || y, 'by-' || b || '-' || y,
                CASE WHEN y = $2::int THEN now() - interval '30 days' ELSE make_date(y, 11, 15)::timestamptz END,
                CASE WHEN y = $2::int THEN now() + interval '90 days' ELSE make_date(y, 12, 15)::timestamptz END, now()
           FROM generate_series(1, $3::int) b, generate_series($1::int, $2::int) y`,
      [firstYear, currentYear, blocs],
    );
    await q(
      `INSERT INTO "ScoreSheet" (id, "blocYearId", "unitId", status, "headApprovedBy", "submittedAt", "updatedAt")
         SELECT 'ss-' || m.bloc || '-' || y || '-' || m.unit, 'by-' || m.bloc || '-' || y, 'bu-' || m.unit,
                (CASE WHEN y = $2::int THEN 'DRAFT' ELSE 'SUBMITTED' END)::"SheetStatus",
                CASE WHEN y = $2::int THEN NULL ELSE 'Nguyễn Văn ' || m.unit END,
                CASE WHEN y = $2::int THEN NULL ELSE make_date(y, 12, 1)::timestamptz END, now()
           FROM bench_member m, generate_series($1::int, $2::int) y`,
      [firstYear, currentYear],
    );
    // Values vary by unit, year, leaf and layer (a reviewer trims a little) so ranks and ties are realistic.
    await q(
      `INSERT INTO "ScoreEntry" (id, "sheetId", "nodeId", layer, hundredths, passed, "byName")
         SELECT 'se-' || m.bloc || '-' || y || '-' || m.unit || '-' || l.code || '-' || ly.n,
                'ss-' || m.bloc || '-' || y || '-' || m.unit, 'cs-' || m.bloc || '-' || y || '-' || l.code, ly.layer::"ScoreLayer",
                CASE WHEN l.kind = 'GATE' THEN NULL
                     WHEN l.kind = 'STANDARD' THEN l.max - ((m.unit * 7 + y * 3 + l.k * 11 + ly.n) % 5) * 50
                     ELSE ((m.unit + y + l.k) % 3) * 250 END,
                CASE WHEN l.kind = 'GATE' THEN (m.unit + y) % 17 <> 0 END, 'Nguyễn Văn ' || m.unit
           FROM bench_member m, generate_series($1::int, $2::int) y, bench_leaf l,
                (VALUES (0, 'SELF'), (1, 'REVIEWED'), (2, 'APPRAISED')) ly(n, layer)
          WHERE y < $2::int OR ly.n = 0`,
      [firstYear, currentYear],
    );
    await q(
      `INSERT INTO "User" (id, username, name, "passwordHash", role, "unitId", "isUnitHead", "allBlocs", "updatedAt")
         SELECT 'bench-u-' || i, 'bench.' || i, 'Cán bộ thử nghiệm ' || i, $2, 'UNIT_OFFICER'::"Role", 'bu-' || i, true, false, now()
           FROM generate_series(1, $1::int) i
         UNION ALL SELECT 'bench-board', $3, 'Cán bộ Ban thử nghiệm', $2, 'BOARD'::"Role", NULL, false, true, now()`,
      [units, passwordHash, BENCH_BOARD],
    );
    await q("COMMIT");
  } catch (error) {
    await q("ROLLBACK");
    throw error;
  }
}
