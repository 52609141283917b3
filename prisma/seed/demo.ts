// Writes the demo data of ./data.ts. Idempotent: every row is looked up by a fixed key and written
// only when missing or different, so a second run changes nothing (not even updatedAt); an existing
// user's password is never overwritten (only `reset` brings `Demo@2026` back). One transaction.
import { PrismaClient, Prisma } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { seedCriteria } from "./criteria";
import { seedMeetings } from "./meetings";
import { seedScores } from "./scores";
import { seedAwards } from "./awards";
import { seedHistory } from "./history";
import { seedLegal } from "./legal";
import { seedReorganisation } from "./reorganisation";
import { seedProvinceMerger } from "./province-merger";
import { DEMO_PASSWORD, demoBlocs, demoUnits, demoUsers, demoYearWork, type DemoBloc, type DemoUnit, type DemoYearWork } from "./data";

type Tx = Prisma.TransactionClient;

// Every table the demo fills, plus LoginAttempt. CASCADE also empties any later table that
// references these (scores, pledges…), which is what a demo reset means. AuditLog stays: the
// migration's triggers refuse DELETE and TRUNCATE on it, and the seed does not get around them.
const RESET_TABLES = [
  "UnitChange",
  "BlocRedivision",
  "BoardAssignment",
  "LeadershipDecision",
  "BlocMember",
  "BlocYear",
  "BlocRotationSlot",
  "User",
  "Bloc",
  "Unit",
  "LoginAttempt",
  // No foreign keys (numbering.ts): the register goes with the documents it numbered.
  "DocumentNumber",
  "DocumentCounter",
];

// True when a stored row differs from the demo's values on any of the given fields.
function differs(row: Record<string, unknown>, data: Record<string, unknown>): boolean {
  return Object.entries(data).some(([key, value]) => {
    const current = row[key];
    if (value instanceof Date || current instanceof Date) {
      return (current instanceof Date ? current.getTime() : current) !== (value instanceof Date ? value.getTime() : value);
    }
    return current !== value;
  });
}

const day = (isoDate: string | undefined): Date | null => (isoDate ? new Date(`${isoDate}T00:00:00.000Z`) : null);

export async function seedDemo(db: PrismaClient, opts: { reset: boolean }): Promise<{ blocs: number; units: number; users: number }> {
  if (process.env.NODE_ENV === "production") {
    throw new Error("Refusing to load demo data when NODE_ENV=production");
  }
  // argon2 is deliberately slow: hash once, outside the transaction.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.$transaction(
    async (tx) => {
      if (opts.reset) await resetTables(tx);
      await seedUnits(tx);
      for (const bloc of demoBlocs) await seedBloc(tx, bloc);
      await seedUsersAndDecisions(tx, passwordHash);
      // Conferences first: the pledge's signatures name the conference they were made at.
      await seedMeetings(tx);
      for (const work of demoYearWork) await seedYearWork(tx, work);
      await seedCriteria(tx);
      await seedScores(tx);
      await seedAwards(tx);
      await seedHistory(tx);
      await seedLegal(tx);
      await seedReorganisation(tx);
      await seedProvinceMerger(tx);
    },
    { maxWait: 30_000, timeout: 180_000 },
  );

  return { blocs: demoBlocs.length, units: demoUnits.length, users: demoUsers.length };
}

async function resetTables(tx: Tx): Promise<void> {
  // Table names cannot be parameters: Prisma.raw, on the constant list above only.
  const list = Prisma.raw(RESET_TABLES.map((t) => `"${t}"`).join(", "));
  await tx.$executeRaw`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`;
}

// The abbreviations the demo blocs register for the ký hiệu of their documents.
const BLOC_SYMBOLS: Record<string, string> = { "HN-NC": "KNC", "HG-XDD": "KXDĐ", "TDMN-SNV": "CSNV", "QN-VHXH": "KVHXH", NOICHINH: "KNC" };

/**
 * A demo unit's seat and abbreviation: the province its name ends with ("… tỉnh Bắc Giang" sits in
 * Bắc Giang; a unit named only "… tỉnh" sits where the council does, place left null), and its
 * code's last part ("BG-SNV" → "SNV").
 */
function unitSeat(u: DemoUnit): { place: string | null; symbol: string } {
  const place = u.name.match(/(?:tỉnh|thành phố) ([^()]+?)(?: \(cũ\))?$/)?.[1] ?? null;
  return { place, symbol: u.code.split("-").slice(1).join("-") || u.code };
}

async function seedUnits(tx: Tx): Promise<void> {
  for (const u of demoUnits) {
    const data = {
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      headName: u.headName ?? null,
      headTitle: u.headTitle ?? null,
      isSample: u.isSample,
      ...unitSeat(u),
    };
    const current = await tx.unit.findUnique({ where: { id: u.id } });
    if (!current) await tx.unit.create({ data: { id: u.id, ...data } });
    else if (differs(current, data)) await tx.unit.update({ where: { id: u.id }, data });
  }
}

async function seedBloc(tx: Tx, bloc: DemoBloc): Promise<void> {
  const data = {
    code: bloc.code,
    name: bloc.name,
    kind: bloc.kind,
    decisionNo: bloc.decisionNo ?? null,
    decisionDate: day(bloc.decisionDate),
    decisionIssuer: bloc.decisionIssuer ?? null,
    description: bloc.description,
    symbol: BLOC_SYMBOLS[bloc.code] ?? null,
    // An inter-provincial cluster of provincial departments is rewarded by their ministry.
    awardBody: bloc.code === "TDMN-SNV" ? "Hội đồng Thi đua - Khen thưởng Bộ Nội vụ" : null,
  };
  const current = await tx.bloc.findUnique({ where: { id: bloc.id } });
  if (!current) await tx.bloc.create({ data: { id: bloc.id, ...data } });
  else if (differs(current, data)) await tx.bloc.update({ where: { id: bloc.id }, data });

  // Positions are unique per bloc, so a changed order cannot be upserted slot by slot:
  // rewrite the order only when it differs from the demo's.
  const wanted = bloc.rotation.map((unitId, position) => ({ blocId: bloc.id, unitId, position }));
  const slots = await tx.blocRotationSlot.findMany({ where: { blocId: bloc.id }, orderBy: { position: "asc" } });
  const same = slots.length === wanted.length && slots.every((s, i) => s.unitId === wanted[i].unitId && s.position === wanted[i].position);
  if (!same) {
    await tx.blocRotationSlot.deleteMany({ where: { blocId: bloc.id } });
    await tx.blocRotationSlot.createMany({ data: wanted });
  }

  for (const y of bloc.years) {
    const yearData = {
      status: y.status,
      leaderUnitId: y.leaderUnitId,
      deputyUnitId: y.deputyUnitId,
      theme: y.theme ?? null,
      slogan: y.slogan ?? null,
      motto: y.motto ?? null,
    };
    // Keyed by (bloc, year), so a year the app already created for this bloc is taken over, not duplicated.
    const key = { blocId_year: { blocId: bloc.id, year: y.year } };
    let row = await tx.blocYear.findUnique({ where: key });
    if (!row) row = await tx.blocYear.create({ data: { id: y.id, blocId: bloc.id, year: y.year, ...yearData } });
    else if (differs(row, yearData)) await tx.blocYear.update({ where: key, data: yearData });
    for (const unitId of y.memberUnitIds) {
      await tx.blocMember.upsert({
        where: { blocYearId_unitId: { blocYearId: row.id, unitId } },
        create: { blocYearId: row.id, year: y.year, unitId },
        update: {},
      });
    }
  }
}

async function seedUsersAndDecisions(tx: Tx, passwordHash: string): Promise<void> {
  const idByUsername = new Map<string, string>();
  for (const u of demoUsers) {
    const data = {
      name: u.name,
      title: u.title,
      role: u.role,
      unitId: u.unitId ?? null,
      isUnitHead: u.isUnitHead,
      allBlocs: u.allBlocs,
    };
    // Keyed by username (the login); the password and the active flag are the admin's to change.
    let row = await tx.user.findUnique({ where: { username: u.username } });
    if (!row) row = await tx.user.create({ data: { id: u.id, username: u.username, passwordHash, ...data } });
    else if (differs(row, data)) await tx.user.update({ where: { id: row.id }, data });
    idByUsername.set(u.username, row.id);
    for (const blocId of u.blocIds) {
      await tx.boardAssignment.upsert({
        where: { userId_blocId: { userId: row.id, blocId } },
        create: { userId: row.id, blocId },
        update: {},
      });
    }
  }

  const decidedById = idByUsername.get("bantdkt") ?? null;
  for (const bloc of demoBlocs) {
    for (const d of bloc.decisions) {
      const data = {
        blocId: bloc.id,
        year: d.year,
        leaderUnitId: d.leaderUnitId,
        deputyUnitId: d.deputyUnitId,
        proposedLeaderUnitId: d.proposedLeaderUnitId,
        proposedDeputyUnitId: d.proposedDeputyUnitId,
        overridden: false,
        reason: null,
        decisionNo: d.decisionNo,
        decisionDate: day(d.decisionDate),
        decidedById,
      };
      const current = await tx.leadershipDecision.findUnique({ where: { id: d.id } });
      if (!current) await tx.leadershipDecision.create({ data: { id: d.id, ...data } });
      else if (differs(current, data)) await tx.leadershipDecision.update({ where: { id: d.id }, data });
    }
  }
}

// The plan and the pledge belong to their users once written: signing, reopening or editing them
// in the app changes them, so they are created only when the bloc year has none, never rewritten.
async function seedYearWork(tx: Tx, work: DemoYearWork): Promise<void> {
  const year = await tx.blocYear.findUnique({ where: { id: work.blocYearId }, select: { id: true } });
  if (!year) return;

  if ((await tx.planItem.count({ where: { blocYearId: year.id } })) === 0) {
    await tx.planItem.createMany({
      data: work.plan.map((p, position) => ({
        id: p.id,
        blocYearId: year.id,
        position,
        title: p.title,
        startDate: day(p.startDate),
        endDate: day(p.endDate),
        hostUnitId: p.hostUnitId ?? null,
        note: p.note ?? null,
      })),
    });
  }

  if (await tx.pledge.findUnique({ where: { blocYearId: year.id }, select: { id: true } })) return;
  const p = work.pledge;
  const openedAt = new Date(p.openedAt);
  await tx.pledge.create({ data: { id: p.id, blocYearId: year.id, title: p.title, preamble: p.preamble, status: p.status, openedAt } });
  await tx.pledgeItem.createMany({ data: p.items.map((content, position) => ({ id: `${p.id}-item-${position + 1}`, pledgeId: p.id, position, content })) });
  for (const s of p.signatures) {
    const recorder = s.recordedBy ? await tx.user.findUnique({ where: { username: s.recordedBy }, select: { id: true } }) : null;
    await tx.pledgeSignature.create({
      data: {
        id: `${p.id}-${s.unitId}`,
        pledgeId: p.id,
        unitId: s.unitId,
        signerName: s.signerName,
        signerTitle: s.signerTitle,
        byHead: s.byHead,
        onPaper: !s.byHead,
        signedAt: new Date(s.signedAt),
        // The board typed the paper signatures in on the conference's afternoon.
        recordedAt: s.byHead ? new Date(s.signedAt) : new Date("2026-02-27T09:00:00.000Z"),
        recordedById: recorder?.id ?? null,
        conferenceId: s.conferenceId ?? null,
      },
    });
  }
}
