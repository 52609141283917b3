import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";

// The route handlers' permission matrix: every GET in app/api called as every demo account and
// signed out, with the status each must get. The expected callers are written by hand from the
// domain rules (docs/DOMAIN.md: the board sees its blocs, the council everything, a unit its own bloc;
// a unit sees other units' scores only once the ranking is approved; the leader unit sees every
// sheet of its year), never computed from the policy functions.

// Stored files live under DATA_DIR, read once when lib/env is first imported: set it before any app import.
process.env.DATA_DIR = path.join(await mkdtemp(path.join(os.tmpdir(), "tdk-route-matrix-")), "data");

// The session read is the one thing replaced: each call runs as a demo user loaded exactly as getSession() loads it.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const { loadAppSession } = await import("@/lib/auth/session-user");
const { seedDemo } = await import("@/prisma/seed/demo");
const { storeAttachment } = await import("@/lib/attachments/service");
const { signOff } = await import("@/lib/ranking/service");
const { uploadSignedCopy } = await import("@/lib/signed-copies/service");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
// Keyed by the route file: the last test checks every app/**/route.ts has rows here.
const HANDLERS: Record<string, Handler> = {
  "app/api/criteria/[setId]/export/route.ts": (await import("@/app/api/criteria/[setId]/export/route")).GET as Handler,
  "app/api/documents/[kind]/[id]/route.ts": (await import("@/app/api/documents/[kind]/[id]/route")).GET as Handler,
  "app/api/exports/ranking/[blocYearId]/route.ts": (await import("@/app/api/exports/ranking/[blocYearId]/route")).GET as Handler,
  "app/api/exports/sheets/[blocYearId]/route.ts": (await import("@/app/api/exports/sheets/[blocYearId]/route")).GET as Handler,
  "app/api/exports/registrations/[blocYearId]/route.ts": (await import("@/app/api/exports/registrations/[blocYearId]/route")).GET as Handler,
  "app/api/files/[id]/route.ts": (await import("@/app/api/files/[id]/route")).GET as Handler,
  "app/api/signed-copies/[kind]/[id]/route.ts": (await import("@/app/api/signed-copies/[kind]/[id]/route")).GET as Handler,
  "app/api/health/route.ts": (await import("@/app/api/health/route")).GET as unknown as Handler,
  "app/api/ready/route.ts": (await import("@/app/api/ready/route")).GET as unknown as Handler,
  "app/api/imports/scores/template/route.ts": (await import("@/app/api/imports/scores/template/route")).GET as Handler,
  "app/api/imports/onboarding/[kind]/template/route.ts": (await import("@/app/api/imports/onboarding/[kind]/template/route")).GET as Handler,
  "app/api/imports/onboarding/[kind]/export/route.ts": (await import("@/app/api/imports/onboarding/[kind]/export/route")).GET as Handler,
};
// For operators and load balancers: open to anyone, answering JSON, not a download.
const OPEN_ROUTES = ["app/api/health/route.ts", "app/api/ready/route.ts"];
const EXEMPT: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own sign-in handler, tested in auth-session.test.ts",
  "app/api/metrics/route.ts": "authorised by a bearer token, not a session: tested in ops-routes.test.ts",
  "app/api/imports/scores/route.ts": "a POST that writes, called as every demo account and signed out in score-import.test.ts",
  "app/api/imports/onboarding/[kind]/route.ts": "a POST that writes, called for every kind as six demo accounts and signed out in onboarding.test.ts",
};

const USERS = ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "donvi", "thutruong", "truongkhoi", "phokhoi", "cumtruong", "cumvien"] as const;
type User = (typeof USERS)[number];

// Who may see a bloc at all: board staff covering it, the council, officers of its member units.
const NC_VIEWERS: User[] = ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "donvi", "thutruong", "truongkhoi", "phokhoi"];
const TD_VIEWERS: User[] = ["admin", "bantdkt", "hoidong", "cumtruong", "cumvien"];
// Before the board approves the ranking, other units' scores stay with the board side and the leader unit.
const TD_BOARD_AND_LEADER: User[] = ["admin", "bantdkt", "hoidong", "cumtruong"];

const NC_2025 = "year-noi-chinh-tinh-2025";
const NC_2026 = "year-noi-chinh-tinh-2026";
const TD_2026 = "year-cum-noi-vu-trung-du-mien-nui-2026";
const sheetOf = (blocYearId: string, unitId: string) => `sheet-${blocYearId}-${unitId}`;
const leafOf = (blocYearId: string, code: string) => `criteria-${blocYearId.replace(/^year-/, "")}-${code}`;

// Ids made in beforeAll (files, the template, a nominee, the signed-off snapshot).
const made: Record<string, string> = {};

type Row = {
  route: string;
  name: string;
  params: () => Record<string, string>;
  query?: string;
  allowed: User[];
  /** The signed-out answer: 401 where the route says so, 404 where it hides everything, 200 for health and readiness. */
  signedOut: 200 | 401 | 404;
};

const criteria = (name: string, setId: () => string, allowed: User[]): Row => ({
  route: "app/api/criteria/[setId]/export/route.ts",
  name,
  params: () => ({ setId: setId() }),
  allowed,
  signedOut: 404,
});
// docx: the same loaders and checks as pdf, and quicker to render for 70 calls.
const doc = (kind: string, name: string, id: () => string, allowed: User[]): Row => ({
  route: "app/api/documents/[kind]/[id]/route.ts",
  name: `${kind}: ${name}`,
  params: () => ({ kind, id: id() }),
  query: "?format=docx",
  allowed,
  signedOut: 401,
});
const exportRow = (what: "ranking" | "sheets" | "registrations", name: string, blocYearId: string, allowed: User[]): Row => ({
  route: `app/api/exports/${what}/[blocYearId]/route.ts`,
  name,
  params: () => ({ blocYearId }),
  allowed,
  signedOut: 401,
});
const file = (name: string, key: string, allowed: User[]): Row => ({
  route: "app/api/files/[id]/route.ts",
  name,
  params: () => ({ id: made[key] }),
  allowed,
  signedOut: 404,
});

const signedCopy = (kind: string, name: string, id: string, allowed: User[]): Row => ({
  route: "app/api/signed-copies/[kind]/[id]/route.ts",
  name: `${kind}: ${name}`,
  params: () => ({ kind, id }),
  allowed,
  signedOut: 404,
});

const ROWS: Row[] = [
  signedCopy("plan", "NC 2026 (a scan)", NC_2026, NC_VIEWERS),
  signedCopy("plan", "TD 2026 (none filed)", TD_2026, []),
  criteria("NC 2026 set", () => "criteria-noi-chinh-tinh-2026", NC_VIEWERS),
  criteria("TD 2026 set", () => "criteria-cum-noi-vu-trung-du-mien-nui-2026", TD_VIEWERS),
  // Templates serve every bloc: every board member copies from them and the council reads everything.
  criteria("template", () => made.template, ["admin", "bantdkt", "bantdkt.khoi", "hoidong"]),
  criteria("missing set", () => "khong-ton-tai", []),

  doc("pledge", "NC 2026", () => "pledge-noi-chinh-tinh-2026", NC_VIEWERS),
  doc("minutes", "NC 2026 signing conference", () => "conf-noi-chinh-tinh-2026-signing", NC_VIEWERS),
  doc("plan", "NC 2026", () => NC_2026, NC_VIEWERS),
  doc("plan", "TD 2026", () => TD_2026, TD_VIEWERS),
  // NC 2025 is approved: every member reads the dossier.
  doc("review-minutes", "NC 2025 (approved)", () => `ranking-${NC_2025}`, NC_VIEWERS),
  // TD 2026 is signed off but not approved: the members wait for the board.
  doc("review-minutes", "TD 2026 (signed off, not approved)", () => made.tdSnapshot, TD_BOARD_AND_LEADER),
  doc("award-submission", "NC 2025 (decided)", () => `proposal-${NC_2025}`, NC_VIEWERS),
  doc("achievement-report", "NC 2025 flag nominee", () => made.nominee, NC_VIEWERS),
  // The bloc's summary report: whoever sees the bloc (the conference passes it before every member).
  doc("bloc-report", "NC 2026 6-month summary", () => made.ncRound, NC_VIEWERS),
  doc("bloc-report", "missing round", () => "khong-ton-tai", []),
  // The compiled registrations as a document: as its workbook, those who follow the registrations.
  doc("registrations", "NC 2026", () => NC_2026, ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "truongkhoi", "phokhoi"]),
  doc("registrations", "TD 2026", () => TD_2026, ["admin", "bantdkt", "hoidong", "cumtruong"]),
  doc("budget", "unknown kind", () => NC_2026, []),
  doc("pledge", "missing pledge", () => "khong-ton-tai", []),

  exportRow("ranking", "NC 2025 (approved)", NC_2025, NC_VIEWERS),
  // No ranking yet: the board side, the leader unit and the deputy unit (which acts for the leader).
  exportRow("ranking", "NC 2026 (not signed off)", NC_2026, ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "truongkhoi", "phokhoi"]),
  exportRow("ranking", "TD 2026 (signed off, not approved)", TD_2026, TD_BOARD_AND_LEADER),
  exportRow("ranking", "missing year", "khong-ton-tai", []),
  exportRow("sheets", "NC 2025 (approved)", NC_2025, NC_VIEWERS),
  // Every sheet before approval: the board side and the leader unit (the deputy reviews nothing).
  exportRow("sheets", "NC 2026 (not signed off)", NC_2026, ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "truongkhoi"]),
  exportRow("sheets", "TD 2026 (signed off, not approved)", TD_2026, TD_BOARD_AND_LEADER),
  exportRow("sheets", "missing year", "khong-ton-tai", []),
  // The compiled registrations: the board side, the council, the leader and the deputy; never a plain member.
  exportRow("registrations", "NC 2026", NC_2026, ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "truongkhoi", "phokhoi"]),
  exportRow("registrations", "TD 2026", TD_2026, ["admin", "bantdkt", "hoidong", "cumtruong"]),
  exportRow("registrations", "missing year", "khong-ton-tai", []),

  file("NC 2026 conference photo", "conferencePhoto", NC_VIEWERS),
  // Evidence is part of one unit's sheet: the unit, the leader unit and the board side (rule 2).
  file("NC 2026 evidence of Thanh tra tỉnh", "ncEvidence", ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "truongkhoi", "donvi", "thutruong"]),
  file("TD 2026 evidence of SNV Hòa Bình", "tdEvidenceHb", TD_BOARD_AND_LEADER),
  file("TD 2026 evidence of SNV Bắc Giang", "tdEvidenceBg", [...TD_BOARD_AND_LEADER, "cumvien"]),
  // A unit's periodic report: its own unit while a draft (rule 2); once submitted, those who follow the reports too.
  file("NC 2026 draft report of Thanh tra tỉnh", "ncReportDraft", ["donvi", "thutruong"]),
  file("NC 2026 submitted report of Công an tỉnh", "ncReportSubmitted", ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "truongkhoi", "phokhoi"]),
  file("missing file", "missing", []),

  { route: "app/api/health/route.ts", name: "health", params: () => ({}), allowed: [...USERS], signedOut: 200 },
  { route: "app/api/ready/route.ts", name: "ready", params: () => ({}), allowed: [...USERS], signedOut: 200 },

  // The score import's template: board staff who manage a bloc, and the administrator.
  {
    route: "app/api/imports/scores/template/route.ts",
    name: "score import template 2026",
    params: () => ({}),
    query: "?year=2026",
    allowed: ["admin", "bantdkt", "bantdkt.khoi"],
    signedOut: 401,
  },

  // Onboarding from Excel: units for whoever manages units, blocs for whoever may create them,
  // accounts for the administrator, members for board staff (their own blocs).
  ...(["template", "export"] as const).flatMap((what) =>
    (
      [
        ["units", ["admin", "bantdkt", "bantdkt.khoi"]],
        ["blocs", ["admin", "bantdkt"]],
        ["accounts", ["admin"]],
        ["members", ["admin", "bantdkt", "bantdkt.khoi"]],
        ["khong-co", []],
      ] as const
    ).map(([kind, allowed]): Row => ({
      route: `app/api/imports/onboarding/[kind]/${what}/route.ts`,
      name: `onboarding ${what}: ${kind}`,
      params: () => ({ kind }),
      allowed: [...allowed],
      signedOut: 401,
    })),
  ),
];

const sessions = new Map<User, AppSession>();
let checks = 0;

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  for (const username of USERS) {
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    sessions.set(username, (await loadAppSession(db, user.id))!);
  }
  const admin = sessions.get("admin")!;
  made.template = (
    await db.criteriaSet.create({
      data: { name: "Mẫu bảng tiêu chí khối sở, ngành", nodes: { create: [{ position: 0, code: "I", title: "Tổ chức phong trào thi đua" }] } },
    })
  ).id;
  made.nominee = (await db.awardNominee.findFirstOrThrow({ where: { proposalId: `proposal-${NC_2025}`, position: 0 } })).id;
  made.missing = "khong-ton-tai";

  made.conferencePhoto = (
    await storeAttachment(admin, { type: "conference", id: "conf-noi-chinh-tinh-2026-signing", blocYearId: NC_2026 }, { name: "Ảnh hội nghị.png", bytes: PNG })
  ).id;
  // Thanh tra tỉnh's 2026 sheet (a draft) with one evidence file, as uploadEvidenceAction stores it.
  await db.scoreSheet.create({ data: { id: sheetOf(NC_2026, "unit-nc-thanh-tra-tinh"), blocYearId: NC_2026, unitId: "unit-nc-thanh-tra-tinh" } });
  const evidence = (blocYearId: string, unitId: string) => ({
    type: "evidence" as const,
    sheetId: sheetOf(blocYearId, unitId),
    nodeId: leafOf(blocYearId, "1"),
    blocYearId,
  });
  made.ncEvidence = (
    await storeAttachment(sessions.get("donvi")!, evidence(NC_2026, "unit-nc-thanh-tra-tinh"), { name: "Đăng ký thi đua.pdf", bytes: PDF })
  ).id;
  made.tdEvidenceHb = (await storeAttachment(admin, evidence(TD_2026, "unit-hb-so-noi-vu"), { name: "Minh chứng Hòa Bình.pdf", bytes: PDF })).id;
  made.tdEvidenceBg = (
    await storeAttachment(sessions.get("cumvien")!, evidence(TD_2026, "unit-bg-so-noi-vu"), { name: "Minh chứng Bắc Giang.pdf", bytes: PDF })
  ).id;

  // NC 2026's 6-month report: Thanh tra's draft and Công an's submitted report, each with its file.
  made.ncRound = (
    await db.reportRound.create({ data: { blocYearId: NC_2026, kind: "MID_YEAR", dueAt: new Date("2026-07-10T10:00:00Z"), summary: "I. KẾT QUẢ" } })
  ).id;
  for (const [key, unitId, status] of [
    ["ncReportDraft", "unit-nc-thanh-tra-tinh", "DRAFT"],
    ["ncReportSubmitted", "unit-nc-cong-an", "SUBMITTED"],
  ] as const) {
    const report = await db.unitReport.create({ data: { roundId: made.ncRound, unitId, status, content: "Báo cáo 6 tháng" } });
    made[key] = (await storeAttachment(admin, { type: "report", id: report.id, blocYearId: NC_2026 }, { name: "Báo cáo 6 tháng.pdf", bytes: PDF })).id;
  }

  // The cluster leader's head signs TD 2026 off; the board has not approved it.
  // A scan of the NC 2026 plan as signed: served to whoever may open the plan itself.
  await uploadSignedCopy(sessions.get("bantdkt")!, { kind: "plan", subjectId: NC_2026 }, { name: "Kế hoạch đã ký.pdf", bytes: PDF });
  made.tdSnapshot = (await signOff(sessions.get("cumtruong")!, TD_2026, null, new Date("2026-11-25T03:00:00Z"))).id;
}, 120_000);

afterAll(() => {
  console.info(`[route-matrix] rows: ${ROWS.length}, checks: ${checks}`);
});

async function call(row: Row, caller: User | null) {
  current.session = caller ? sessions.get(caller)! : null;
  const params = row.params();
  const url = `http://localhost/${row.route.replace(/^app\//, "").replace(/\/route\.ts$/, "")}${row.query ?? ""}`;
  return HANDLERS[row.route](new Request(url), { params: Promise.resolve(params) });
}

describe.each(ROWS)("$route — $name", (row) => {
  it.each(USERS)("as %s", async (caller) => {
    const res = await call(row, caller);
    const body = Buffer.from(await res.arrayBuffer());
    checks++;
    if (row.allowed.includes(caller)) {
      expect(res.status, body.toString("utf8").slice(0, 200)).toBe(200);
      expect(body.byteLength).toBeGreaterThan(0);
      // A file is always a download, never something the browser may render or sniff.
      if (!OPEN_ROUTES.includes(row.route)) expect(res.headers.get("Content-Disposition")).toMatch(/^attachment;/);
    } else {
      // Refused looks exactly like missing: a short plain-text 404, nothing of the object in it.
      expect(res.status).toBe(404);
      expect(res.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
      expect(body.byteLength).toBeLessThan(80);
    }
  });

  it("signed out", async () => {
    const res = await call(row, null);
    checks++;
    expect(res.status).toBe(row.signedOut);
    if (row.signedOut === 200) expect(await res.json()).toMatchObject({ status: row.name === "ready" ? "ready" : "ok" });
  });
});

// A new route without a row fails here.
it("has rows for every route handler in app/", async () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const routes = (await readdir(path.join(root, "app"), { recursive: true }))
    .map(String)
    .filter((f) => /(^|\/)route\.(ts|tsx|js)$/.test(f))
    .map((f) => `app/${f.split(path.sep).join("/")}`)
    .sort();
  const covered = new Set([...ROWS.map((r) => r.route), ...Object.keys(EXEMPT)]);
  const missing = routes.filter((r) => !covered.has(r));
  console.info(
    `[route-matrix] routes covered: ${routes.length - missing.length}/${routes.length} (exempt: ${Object.keys(EXEMPT).join(", ")} — ${Object.values(EXEMPT).join("; ")})`,
  );
  expect(missing).toEqual([]);
  // Every row points at a handler that exists, and every handler has a row of its own.
  expect(routes.filter((r) => !EXEMPT[r])).toEqual(Object.keys(HANDLERS).sort());
  expect(new Set(ROWS.map((r) => r.route))).toEqual(new Set(Object.keys(HANDLERS)));
});
