// The statements behind the live ranking of many bloc years at once (bench/ranking-bulk.ts). The
// score rows are read by one aggregate (sumsSql): every SELF row joined once to its criterion and
// summed per sheet, with one column per (top-level position, kind) and per gate code, so the
// database groups by sheet as a plain GROUP BY would. The few leaves a review or an appraisal
// overrides come back separately (overridesSql) and are corrected in the application; the
// columns come from outlineSql, the years' members and trees from yearsSql.
//
// The sums rely on what the criteria and scoring services write: three levels at most, children
// in their parent's set, kinds only on leaves, distinct positions among siblings (the criteria
// service refuses anything else), and score rows only on the criteria of their sheet's year.
import { Prisma } from "@/lib/generated/prisma/client";
import { LAYERS, STORED_LAYER } from "@/lib/scoring/layers";

// The final-value rule (finalValue in lib/scoring/layers.ts: the highest layer holding a value) in
// SQL, written from its order of layers: the sums take the bottom layer, the overrides the highest
// value above it. tests/integration/ranking-bulk.test.ts proves the rankings equal. Literals, not
// parameters: the planner sees the same statement as before, and they are our own constants.
const layerSql = (layer: (typeof LAYERS)[number]) => Prisma.raw(`'${STORED_LAYER[layer]}'`);
const BASE = layerSql(LAYERS[0]);
/** The layers above the base, highest first. */
const ABOVE = LAYERS.slice(1).reverse().map(layerSql);
/** The highest value of `column` above the base: coalesce(agg(column) FILTER (WHERE layer = highest), …). */
const highestAbove = (agg: "max" | "bool_or", column: "hundredths" | "passed") =>
  Prisma.sql`coalesce(${Prisma.join(ABOVE.map((layer) => Prisma.sql`${Prisma.raw(agg)}(e.${Prisma.raw(column)}) FILTER (WHERE e.layer = ${layer})`))})`;

export const POINT_KINDS = ["STANDARD", "BONUS", "DEDUCTION"] as const;
export type PointKind = (typeof POINT_KINDS)[number];

/** Every group of the sets with the position of its top-level ancestor, itself at the top. */
const groupRoots = (setIds: string[]) => Prisma.sql`
  SELECT u.id, coalesce(t.position, u.position) AS root
    FROM "CriterionNode" u
    LEFT JOIN "CriterionNode" t ON t.id = u."parentId" AND t."setId" = ANY(${setIds}::text[]) AND t.kind IS NULL
   WHERE u."setId" = ANY(${setIds}::text[]) AND u.kind IS NULL`;

/**
 * What the sums statement is written from: the years' sets, each (top-level position, kind) that
 * holds points anywhere among them, as position × 3 + the kind's index in POINT_KINDS (integers
 * sort and compare far faster than pairs), and their gate codes. The kinds are gathered per
 * parent first, so the roots are looked up (LIMIT keeps them lookups) for a few thousand
 * groups, not for every criterion.
 */
export const outlineSql = (yearIds: string[]) => Prisma.sql`
  WITH sets AS MATERIALIZED (SELECT id FROM "CriteriaSet" WHERE "blocYearId" = ANY(${yearIds}::text[])),
  kinds AS MATERIALIZED (
    SELECT DISTINCT n."parentId", n.kind, CASE WHEN n."parentId" IS NULL THEN n.position END AS position, CASE WHEN n.kind = 'GATE' THEN n.code END AS gate
      FROM sets JOIN "CriterionNode" n ON n."setId" = sets.id AND n.kind IS NOT NULL
     ORDER BY n."parentId"
  )
  SELECT coalesce((SELECT array_agg(id) FROM sets), '{}') AS "setIds",
         coalesce((SELECT array_agg(DISTINCT coalesce(k.position, t.position, u.position) * 3 + CASE k.kind WHEN 'STANDARD' THEN 0 WHEN 'BONUS' THEN 1 ELSE 2 END)
                     FROM kinds k
                     LEFT JOIN LATERAL (SELECT position, "parentId" FROM "CriterionNode" WHERE id = k."parentId" LIMIT 1) u ON true
                     LEFT JOIN LATERAL (SELECT position FROM "CriterionNode" WHERE id = u."parentId" LIMIT 1) t ON true
                    WHERE k.kind <> 'GATE'), '{}') AS points,
         coalesce((SELECT array_agg(DISTINCT gate) FROM kinds WHERE kind = 'GATE'), '{}') AS "gateCodes"`;

/**
 * Per year: its set, the top-level nodes in position order ([code, title, position]), the gate
 * codes in tree order, and every member with its sheet ([unitId, name, sheetId, status,
 * submittedAt as JSON writes a timestamp: ISO 8601 without a zone, the UTC Prisma stores]).
 */
export const yearsSql = (yearIds: string[]) => Prisma.sql`
  WITH years AS (
    SELECT y.id, cs.id AS "setId" FROM "BlocYear" y LEFT JOIN "CriteriaSet" cs ON cs."blocYearId" = y.id WHERE y.id = ANY(${yearIds}::text[])
  ),
  tops AS (
    SELECT "setId", json_agg(json_build_array(code, title, position) ORDER BY position) AS tops
      FROM "CriterionNode" WHERE "parentId" IS NULL AND "setId" IN (SELECT "setId" FROM years) GROUP BY 1
  ),
  -- Tree order: by the positions from the top down. The parents are looked up one gate at a time
  -- (LIMIT keeps the lookups), there being far fewer gates than criteria.
  gates AS (
    SELECT n."setId", json_agg(n.code ORDER BY coalesce(gp.position, p.position, n.position), CASE WHEN gp.position IS NULL THEN n.position ELSE p.position END, n.position) AS gates
      FROM "CriterionNode" n
      LEFT JOIN LATERAL (SELECT position, "parentId" FROM "CriterionNode" WHERE id = n."parentId" LIMIT 1) p ON true
      LEFT JOIN LATERAL (SELECT position FROM "CriterionNode" WHERE id = p."parentId" LIMIT 1) gp ON true
     WHERE n.kind = 'GATE' AND n."setId" IN (SELECT "setId" FROM years)
     GROUP BY 1
  ),
  members AS (
    SELECT m."blocYearId",
           json_agg(json_build_array(m."unitId", u.name, s.id, s.status, s."submittedAt")) AS members
      FROM "BlocMember" m
      JOIN "Unit" u ON u.id = m."unitId"
      LEFT JOIN "ScoreSheet" s ON s."blocYearId" = m."blocYearId" AND s."unitId" = m."unitId"
     WHERE m."blocYearId" = ANY(${yearIds}::text[])
     GROUP BY 1
  )
  SELECT y.id AS "blocYearId", y."setId", t.tops, g.gates, m.members
    FROM years y
    LEFT JOIN tops t ON t."setId" = y."setId"
    LEFT JOIN gates g ON g."setId" = y."setId"
    LEFT JOIN members m ON m."blocYearId" = y.id`;

/** One column per slot, in the order of `slots`: a point kind at a top-level position, or a gate code. */
export type Slot = { position: number; kind: PointKind } | { gate: string };

const KIND_SQL: Record<PointKind, Prisma.Sql> = {
  STANDARD: Prisma.sql`'STANDARD'`,
  BONUS: Prisma.sql`'BONUS'`,
  DEDUCTION: Prisma.sql`'DEDUCTION'`,
};

// Points count only within 0..max (checkScore; a leaf without a max counts nothing); a gate is 2
// when passed, 1 when failed. The filters compare plain columns: each row passes one of them.
const slotSum = (slot: Slot) =>
  "gate" in slot
    ? Prisma.sql`sum(CASE e.passed WHEN true THEN 2 WHEN false THEN 1 END) FILTER (WHERE n.kind = 'GATE' AND n.code = ${slot.gate})`
    : Prisma.sql`sum(CASE WHEN e.hundredths BETWEEN 0 AND n."maxHundredths" THEN e.hundredths END)
        FILTER (WHERE n.kind = ${KIND_SQL[slot.kind]} AND coalesce(g.root, n.position) = ${slot.position})`;

/**
 * For the sums below, in their transaction: join in the written order, so the criteria and their
 * groups become one hash table each score row is matched against once (not three lookups per
 * row); let both processes build that table (the criteria of a whole country stay below the
 * default 8 MB for a parallel scan, one year's few pages still do not qualify); one worker, not
 * two, as the other statements run beside this one on the same cores; no JIT, whose compiling
 * costs more than it saves on a sub-second query.
 */
export const TUNE_SUMS = Prisma.sql`
  SELECT set_config('join_collapse_limit', '1', true), set_config('min_parallel_table_scan_size', '1MB', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '1', true)`;

/** For the overrides, beside the sums: the written join order and no JIT, on one process (a few thousand rows). */
export const TUNE_OVERRIDES = Prisma.sql`
  SELECT set_config('join_collapse_limit', '1', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`;

/** The base (SELF) rows of every sheet scored on the sets, summed per slot: [sheetId, ...slots]. */
export const sumsSql = (setIds: string[], slots: readonly Slot[]) => Prisma.sql`
  SELECT json_agg(x.row) AS rows FROM (
    SELECT json_build_array(e."sheetId", ${Prisma.join(slots.map(slotSum))}) AS row
      FROM "ScoreEntry" e
      JOIN ("CriterionNode" n LEFT JOIN (${groupRoots(setIds)}) g ON g.id = n."parentId")
        ON n.id = e."nodeId" AND n."setId" = ANY(${setIds}::text[]) AND n.kind IS NOT NULL
     WHERE e.layer = ${BASE}
     GROUP BY e."sheetId"
  ) x`;

/**
 * Every leaf of the years' sets where a layer above the base (REVIEWED, APPRAISED) holds a value:
 * [sheetId, kind, top-level position, code, max, base hundredths, later hundredths, later passed],
 * the later value being the highest layer's that holds one.
 */
export const overridesSql = (yearIds: string[]) => Prisma.sql`
  WITH sets AS MATERIALIZED (SELECT id FROM "CriteriaSet" WHERE "blocYearId" = ANY(${yearIds}::text[])),
  later AS (
    SELECT e."sheetId", e."nodeId", n.kind, n."parentId", n.position, n.code, n."maxHundredths" AS max,
           ${highestAbove("max", "hundredths")} AS h,
           ${highestAbove("bool_or", "passed")} AS p
      FROM sets
      JOIN "CriterionNode" n ON n."setId" = sets.id AND n.kind IS NOT NULL
      JOIN "ScoreEntry" e ON e."nodeId" = n.id AND e.layer IN (${Prisma.join(ABOVE)})
     GROUP BY e."sheetId", e."nodeId", n.id
     -- In index order, so the lookups below walk the index rather than jump about it.
     ORDER BY e."sheetId", e."nodeId"
  ),
  groups AS (
    SELECT u.id, coalesce(t.position, u.position) AS root
      FROM sets
      JOIN "CriterionNode" u ON u."setId" = sets.id AND u.kind IS NULL
      LEFT JOIN "CriterionNode" t ON t.id = u."parentId" AND t.kind IS NULL
  )
  SELECT json_agg(json_build_array(x."sheetId", x.kind, coalesce(g.root, x.position), x.code, x.max, s.hundredths, x.h, x.p)) AS rows
    FROM later x
    LEFT JOIN groups g ON g.id = x."parentId"
    -- LIMIT keeps this a lookup by the unique index per overridden leaf, never a scan of every SELF row.
    LEFT JOIN LATERAL (SELECT e.hundredths FROM "ScoreEntry" e
                        WHERE e."sheetId" = x."sheetId" AND e."nodeId" = x."nodeId" AND e.layer = ${BASE} LIMIT 1) s ON true
   WHERE x.h IS NOT NULL OR x.p IS NOT NULL`;
