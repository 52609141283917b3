// Fresh bloc years for the lock races of criteria, pledges, awards and document dates
// (tests/integration/lock-races-content.test.ts, lock-races-awards.test.ts), written straight to
// the database, and the lock operations retried as a user who reloads the page would.
import type { AppSession } from "@/lib/auth/session-types";
import { createProposal } from "@/lib/awards/service";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { snapshotData } from "./award-rows";

async function blocYearOfThree(calendarYear: number, withPrevious: boolean) {
  const tag = Math.random().toString(36).slice(2, 8).toUpperCase();
  const units: { id: string }[] = [];
  for (let i = 0; i < 3; i++) units.push(await db.unit.create({ data: { code: `N${tag}-${i}`, name: `Đơn vị nội dung ${i} (${tag})`, shortName: `N${i}` } }));
  const bloc = await db.bloc.create({ data: { code: `NK${tag}`, name: `Khối nội dung ${tag}`, kind: "KHOI" } });
  const make = async (year: number) => {
    const by = await db.blocYear.create({ data: { blocId: bloc.id, year, leaderUnitId: units[0].id, deputyUnitId: units[1].id } });
    await db.blocMember.createMany({ data: units.map((u) => ({ blocYearId: by.id, year, unitId: u.id })) });
    return by.id;
  };
  const previous = withPrevious ? await make(calendarYear - 1) : null;
  return { tag, units: units.map((u) => u.id), blocId: bloc.id, yearId: await make(calendarYear), previous };
}

async function criteriaSet(blocYearId: string | null, name: string, status: "DRAFT" | "PUBLISHED", group: string, leaves: string[]) {
  const set = await db.criteriaSet.create({ data: { blocYearId, name, status, publishedAt: status === "PUBLISHED" ? new Date() : null } });
  const g = await db.criterionNode.create({ data: { setId: set.id, position: 0, code: group, title: `Nhóm ${group}` } });
  const nodes = [];
  for (const [position, code] of leaves.entries()) {
    nodes.push(
      await db.criterionNode.create({
        data: { setId: set.id, parentId: g.id, position, code, title: `Tiêu chí ${code}`, kind: "STANDARD", maxHundredths: 1000 },
      }),
    );
  }
  return { id: set.id, groupId: g.id, nodeIds: nodes.map((n) => n.id) };
}

/** A template criteria set (group T, leaf T1), for the copies. */
export const criteriaTemplate = async () => (await criteriaSet(null, `Mẫu ${Math.random()}`, "DRAFT", "T", ["T1"])).id;

export type ContentYear = Awaited<ReturnType<typeof contentYear>>;

/**
 * A bloc year of three members with a draft criteria set (group I: leaves 1 and 2) and a draft
 * pledge of two items; the year before has a set (group P, leaf P1) and a pledge item to copy.
 */
export async function contentYear(calendarYear: number) {
  const y = await blocYearOfThree(calendarYear, true);
  await criteriaSet(y.previous, "Bảng tiêu chí năm trước", "PUBLISHED", "P", ["P1"]);
  const set = await criteriaSet(y.yearId, "Bảng tiêu chí", "DRAFT", "I", ["1", "2"]);
  const old = await db.pledge.create({ data: { blocYearId: y.previous!, title: "Giao ước năm trước", status: "SIGNED" } });
  await db.pledgeItem.create({ data: { pledgeId: old.id, position: 0, content: "Nội dung năm trước" } });
  const pledge = await db.pledge.create({ data: { blocYearId: y.yearId, title: "Giao ước thi đua" } });
  const items = [];
  for (const [position, content] of ["Nội dung thứ nhất", "Nội dung thứ hai"].entries()) {
    items.push((await db.pledgeItem.create({ data: { pledgeId: pledge.id, position, content } })).id);
  }
  return { ...y, set: { id: set.id, groupId: set.groupId, n1: set.nodeIds[0], n2: set.nodeIds[1] }, pledge: { id: pledge.id, items } };
}

/** A pledge open for signing by the year's three members, signed by the first `signed`. */
export async function openPledge(calendarYear: number, signed: number) {
  const y = await blocYearOfThree(calendarYear, false);
  const pledge = await db.pledge.create({ data: { blocYearId: y.yearId, title: "Giao ước thi đua", status: "OPEN", openedAt: new Date() } });
  await db.pledgeItem.create({ data: { pledgeId: pledge.id, position: 0, content: "Nội dung" } });
  for (const unitId of y.units.slice(0, signed)) {
    await db.pledgeSignature.create({ data: { pledgeId: pledge.id, unitId, signerName: "Thủ trưởng", signerTitle: "Giám đốc", byHead: false, onPaper: true } });
  }
  return { ...y, pledgeId: pledge.id };
}

export type AwardYear = Awaited<ReturnType<typeof awardYear>>;

/**
 * A bloc year of three members with an approved ranking (u1, u2, u0), quotas of one flag and two
 * merits, and its proposal as the leader drafts it: flag u1, merits u2 and u0.
 */
export async function awardYear(calendarYear: number, forms: { flag: string; merit: string }, leader: AppSession) {
  const y = await blocYearOfThree(calendarYear, false);
  const [u0, u1, u2] = y.units;
  const ranked = [u1, u2, u0].map((id) => ({ id, name: id }));
  await db.rankingSnapshot.create({
    data: { blocYearId: y.yearId, status: "APPROVED", signerName: "Thủ trưởng", approvedAt: new Date(), data: snapshotData(ranked) as never },
  });
  await db.awardQuota.create({ data: { blocYearId: y.yearId, awardFormId: forms.flag, maxCount: 1 } });
  await db.awardQuota.create({ data: { blocYearId: y.yearId, awardFormId: forms.merit, maxCount: 2 } });
  const { id } = await createProposal(leader, y.yearId);
  const nominees = await db.awardNominee.findMany({ where: { proposalId: id }, orderBy: [{ awardFormId: "asc" }, { position: "asc" }] });
  return { ...y, proposalId: id, nominees };
}

/** The current version of a row that has one. */
export type VersionOf = () => Promise<number>;

/** A versioned operation retried on a stale version with the version read again, until it is done or refused for another reason. */
export async function retryStale<T>(staleKey: string, version: VersionOf, run: (version: number) => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await run(await version());
    } catch (error) {
      if (!(error instanceof DomainError) || error.key !== staleKey) throw error;
    }
  }
}
