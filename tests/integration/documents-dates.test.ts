import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { settingsFromEnvironment } from "@/lib/council/settings";
import { generateDocument } from "@/lib/documents/generate";
import type { DocumentKind } from "@/lib/documents/kinds";
import { placeDateLine } from "@/lib/documents/layout";
import { formatDate } from "@/lib/format/vi";
import type { RankingSnapshotData } from "@/lib/ranking/types";
import { actor, storedActor } from "../support/actors";
import { docxText, pdfText, unzip } from "../support/document-files";

const session = vi.hoisted(() => ({ current: null as AppSession | null }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { setDocumentDateAction } = await import("@/lib/documents/actions");

// A past year's documents (2022, made in the clock's year) carry the date of the act each
// records, never the day they are generated; a date set before issue is used, and refused when
// in the future, for a caller who does not prepare the document, and once it is issued.

const stamp = Math.random().toString(36).slice(2, 7).toUpperCase();
const code = `DDT${stamp}`;
const place = settingsFromEnvironment().place;
const vn = (local: string) => new Date(`${local}+07:00`);
const line = (ddmmyyyy: string) => {
  const [d, m, y] = ddmmyyyy.split("/").map(Number);
  return placeDateLine(place, new Date(Date.UTC(y, m - 1, d, 5)));
};
const blank = (year: string) => new RegExp(`${place}, ngày\\s+tháng\\s+năm ${year}`);
const today = placeDateLine(place, new Date());

const ids = {} as Record<"unit0" | "unit1" | "unit2" | "year2022" | "year2023" | "pledge2022" | "pledge2023" | "conference", string> &
  Record<"snapshot" | "proposal" | "nominee", string>;
let leader: AppSession;
let member: AppSession;

function rankingData(units: string[]): RankingSnapshotData {
  const rows = units.map((unitId, i) => ({
    unitId,
    unitName: `Đơn vị ${i + 1} ${stamp}`,
    rank: i + 1,
    shared: false,
    totals: { standard: 90 - i, bonus: 0, deduction: 0, total: 90 - i },
    byGroup: [{ groupCode: "I", title: "Nhiệm vụ chuyên môn", standard: 90 - i, bonus: 0, deduction: 0, total: 90 - i }],
    gates: { passed: [], failed: [], missing: [] },
    allGatesPassed: true,
    submittedAt: null,
    sheetId: `sheet-${i}`,
    aboveSeparation: null,
    belowSeparation: null,
    leaves: [],
  }));
  return { computedAt: new Date().toISOString(), rules: [], rows, unresolvedTies: [], ballots: [] };
}

beforeAll(async () => {
  const units: string[] = [];
  for (const [i, name] of ["Sở Nội vụ tỉnh Bắc Giang", "Sở Nội vụ tỉnh Bắc Kạn", "Sở Nội vụ tỉnh Phú Thọ"].entries()) {
    units.push((await db.unit.create({ data: { code: `${code}-${i}`, name: `${name} ${stamp}`, shortName: name, headName: `Thủ trưởng ${i}` } })).id);
  }
  [ids.unit0, ids.unit1, ids.unit2] = units;
  const bloc = await db.bloc.create({ data: { code, name: `Cụm thi đua Sở Nội vụ Trung du ${stamp}`, kind: "CUM" } });
  const yearOf = async (year: number) =>
    (
      await db.blocYear.create({
        data: { blocId: bloc.id, year, leaderUnitId: units[0], deputyUnitId: units[1], members: { create: units.map((unitId) => ({ unitId })) } },
      })
    ).id;
  ids.year2022 = await yearOf(2022);
  ids.year2023 = await yearOf(2023);

  // 2022: the pledge was signed at the mid-year conference of 22/07/2022 (Covid year); the
  // signatures were recorded in the system only now, and the pledge was opened now too.
  ids.conference = (
    await db.conference.create({
      data: { blocYearId: ids.year2022, kind: "MID_YEAR", title: "Hội nghị sơ kết 6 tháng đầu năm 2022", date: vn("2022-07-22T08:00") },
    })
  ).id;
  const signature = (unitId: string) => ({
    unitId,
    signerName: "Người ký",
    signerTitle: "Giám đốc",
    byHead: true,
    signedAt: new Date(),
    conferenceId: ids.conference,
  });
  ids.pledge2022 = (
    await db.pledge.create({
      data: {
        blocYearId: ids.year2022,
        title: "Giao ước thi đua năm 2022",
        status: "SIGNED",
        openedAt: new Date(),
        signedAt: new Date(),
        signatures: { create: units.map(signature) },
      },
    })
  ).id;
  // 2023: opened for signing (now), nobody has signed yet.
  ids.pledge2023 = (
    await db.pledge.create({ data: { blocYearId: ids.year2023, title: "Giao ước thi đua năm 2023", status: "OPEN", openedAt: new Date() } })
  ).id;

  ids.snapshot = (
    await db.rankingSnapshot.create({
      data: { blocYearId: ids.year2022, data: rankingData(units), signedAt: vn("2022-12-22T09:00"), signerName: "Thủ trưởng 0" },
    })
  ).id;
  const form = await db.awardForm.create({ data: { code: `CO${stamp}`, name: "Cờ thi đua của Bộ Nội vụ", position: 1 } });
  ids.proposal = (await db.awardProposal.create({ data: { blocYearId: ids.year2022, rankingId: ids.snapshot } })).id;
  ids.nominee = (await db.awardNominee.create({ data: { proposalId: ids.proposal, unitId: units[0], awardFormId: form.id, position: 1 } })).id;

  leader = await storedActor({ userId: `dd-leader-${stamp}`, username: `ddl${stamp}`, role: "UNIT_OFFICER", unitId: units[0], allBlocs: false });
  member = actor({ userId: `dd-member-${stamp}`, role: "UNIT_OFFICER", unitId: units[2], allBlocs: false });
});

/** The text of the DOCX and of the PDF; each must carry the same date line. */
async function texts(kind: DocumentKind, id: string): Promise<string[]> {
  const docx = await generateDocument(kind, id, "docx", {}, actor());
  const pdf = await generateDocument(kind, id, "pdf", {}, actor());
  return [docxText(unzip(Buffer.from(docx!.bytes)).get("word/document.xml")!.toString("utf8")), await pdfText(pdf!.bytes)];
}

async function expectDate(kind: DocumentKind, id: string, expected: string | RegExp) {
  for (const text of await texts(kind, id)) {
    if (typeof expected === "string") expect(text).toContain(expected);
    else expect(text).toMatch(expected);
    expect(text).not.toContain(today);
  }
}

// Written here as a clerk types it; sent as the date field sends it (yyyy-MM-dd).
const setDate = (as: AppSession, kind: DocumentKind, subjectId: string, date: string) => {
  session.current = as;
  return setDocumentDateAction({ kind, subjectId, date: date.replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, "$3-$2-$1") });
};

describe("the date of the act, not today's", () => {
  it("pledge: the day of the conference where it was signed; blank while unsigned", async () => {
    await expectDate("pledge", ids.pledge2022, line("22/07/2022"));
    await expectDate("pledge", ids.pledge2023, blank("2023"));
  });

  it("minutes: the conference's day", async () => {
    await expectDate("minutes", ids.conference, line("22/07/2022"));
  });

  it("plan: blank under the year until its date is set", async () => {
    await expectDate("plan", ids.year2022, blank("2022"));
  });

  it("review minutes: the sign-off day; submission and reports blank until submitted or set", async () => {
    await expectDate("review-minutes", ids.snapshot, line("22/12/2022"));
    await expectDate("award-submission", ids.proposal, blank(`20\\s*`));
    // The report is never "năm 20…": undated and unsubmitted, it carries the year it is drawn in.
    await expectDate(
      "achievement-report",
      ids.nominee,
      blank(`${Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()))}`),
    );
  });
});

describe("a date set before issue", () => {
  it("is printed on every kind, and audited", async () => {
    const cases: [DocumentKind, string, string][] = [
      ["plan", ids.year2022, "10/01/2022"],
      ["pledge", ids.pledge2023, "24/02/2023"],
      ["minutes", ids.conference, "23/07/2022"],
      ["review-minutes", ids.snapshot, "20/12/2022"],
      ["achievement-report", ids.nominee, "27/12/2022"],
      ["award-submission", ids.proposal, "28/12/2022"],
    ];
    for (const [kind, id, date] of cases) {
      const before = await db.auditLog.count({ where: { action: "document.date.set" } });
      expect(await setDate(leader, kind, id, date), kind).toMatchObject({ ok: true });
      expect(await db.auditLog.count({ where: { action: "document.date.set" } })).toBe(before + 1);
      await expectDate(kind, id, line(date));
    }
    // The submission cites the review minutes with the date they carry.
    expect((await texts("award-submission", ids.proposal))[0]).toContain("ngày 20/12/2022");
  });

  it("goes back to the act's date when cleared", async () => {
    expect(await setDate(leader, "minutes", ids.conference, "")).toMatchObject({ ok: true });
    await expectDate("minutes", ids.conference, line("22/07/2022"));
  });

  it("is refused in the future or malformed, for a caller who does not prepare it, and once issued", async () => {
    const tomorrow = formatDate(new Date(Date.now() + 36 * 3_600_000));
    expect(await setDate(leader, "plan", ids.year2022, tomorrow)).toMatchObject({
      ok: false,
      error: "errors.validation",
      fieldErrors: { date: { key: "validation.dateInFuture" } },
    });
    expect(await setDate(leader, "plan", ids.year2022, "31/02/2022")).toMatchObject({ ok: false, fieldErrors: { date: { key: "validation.date" } } });
    expect(await setDate(member, "plan", ids.year2022, "01/01/2022")).toEqual({ ok: false, error: "errors.forbidden" });
    // Board staff keep the plan but do not sign the ranking off.
    const board = actor({ userId: `dd-board-${stamp}` });
    expect(await setDate(board, "review-minutes", ids.snapshot, "21/12/2022")).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await setDate(leader, "pledge", ids.pledge2022, "01/03/2022")).toEqual({ ok: false, error: "documents.errors.issued" });

    await db.awardProposal.update({ where: { id: ids.proposal }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    expect(await setDate(leader, "award-submission", ids.proposal, "29/12/2022")).toEqual({ ok: false, error: "documents.errors.issued" });
    await expectDate("award-submission", ids.proposal, line("28/12/2022")); // the date set before issue, not the day it was recorded
    expect(await setDate(leader, "plan", ids.year2022, "11/01/2022")).toMatchObject({ ok: true });
    await expectDate("plan", ids.year2022, line("11/01/2022"));
  });
});
