// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for the
// registration (lib/registrations). A scratch NC 2034 year led by truongkhoi's unit (Sở Nội vụ),
// opened until far ahead; each row arranges the state its action needs with plain database writes
// (no audit entry), then calls the real action with the fresh version.
import { db } from "@/lib/db";
import { getSession } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/actions/result";
import * as registrations from "@/lib/registrations/actions";

type Input = Record<string, unknown>;
export type RegistrationRow = { name: string; run: (input: Input) => Promise<ActionResult<unknown>>; input: () => Input; allowed: string[] };

const NC_BLOC = "bloc-noi-chinh-tinh";
const SCRATCH_YEAR = 2034;
const SCRATCH = `year-noi-chinh-tinh-${SCRATCH_YEAR}`;
const NC_MEMBERS = ["unit-nc-thanh-tra-tinh", "unit-nc-quan-su", "unit-nc-cong-an", "unit-nc-so-noi-vu", "unit-nc-so-tu-phap", "unit-nc-vien-kiem-sat"];
const FORM = "perm-registration-form";
const OTHER_UNIT = "unit-nc-cong-an"; // no demo caller's unit: the submitted registration the managers return
const BOARD_ANY = ["admin", "bantdkt", "bantdkt.khoi"];
// Officers of member units register their own: Thanh tra (donvi, thutruong), Sở Nội vụ, Sở Tư pháp.
const REGISTRANTS = ["donvi", "thutruong", "truongkhoi", "phokhoi"];

async function scratchYear() {
  await db.awardForm.upsert({
    where: { id: FORM },
    update: { archivedAt: null },
    create: { id: FORM, code: "PERM-REG", name: "Tập thể lao động xuất sắc (thử)" },
  });
  const dueAt = new Date(Date.now() + 30 * 86_400_000);
  if (await db.blocYear.findUnique({ where: { id: SCRATCH } })) return;
  await db.blocYear.create({
    data: { id: SCRATCH, blocId: NC_BLOC, year: SCRATCH_YEAR, leaderUnitId: "unit-nc-so-noi-vu", deputyUnitId: "unit-nc-so-tu-phap", registrationDueAt: dueAt },
  });
  await db.blocMember.createMany({ data: NC_MEMBERS.map((unitId) => ({ blocYearId: SCRATCH, year: SCRATCH_YEAR, unitId })) });
}

/** The caller's own unit's registration as a draft with one title; its version (1, unused, when the caller has none). */
async function ownDraft() {
  await scratchYear();
  const unitId = (await getSession())?.unitId;
  if (!unitId || !NC_MEMBERS.includes(unitId)) return 1;
  const r = await db.registration.upsert({
    where: { blocYearId_unitId: { blocYearId: SCRATCH, unitId } },
    create: { blocYearId: SCRATCH, unitId, titles: { create: { awardFormId: FORM } } },
    update: { status: "DRAFT" },
  });
  return r.version;
}

async function submittedOfOther() {
  await scratchYear();
  const r = await db.registration.upsert({
    where: { blocYearId_unitId: { blocYearId: SCRATCH, unitId: OTHER_UNIT } },
    create: { blocYearId: SCRATCH, unitId: OTHER_UNIT, status: "SUBMITTED", headApprovedBy: "Thủ trưởng", submittedAt: new Date() },
    update: { status: "SUBMITTED" },
  });
  return { registrationId: r.id, version: r.version };
}

// "@…" markers are replaced at run time; malformed input has none and passes through.
const prepared = (run: (input: never) => Promise<ActionResult<unknown>>, arrange: (input: Input) => Promise<Input>) => async (input: Input) =>
  run((input.blocYearId === "@scratch" || input.registrationId === "@submitted" ? await arrange(input) : input) as never);

export const registrationRows: RegistrationRow[] = [
  {
    name: "saveRegistration",
    run: prepared(registrations.saveRegistrationAction, async (input) => ({ ...input, blocYearId: SCRATCH, version: await ownDraft() })),
    input: () => ({
      blocYearId: "@scratch",
      awardFormIds: [FORM],
      targetContent: ["Hoàn thành 100% kế hoạch thanh tra"],
      targetValue: ["100"],
      targetMeasure: ["%"],
    }),
    allowed: REGISTRANTS,
  },
  {
    name: "submitRegistration",
    run: prepared(registrations.submitRegistrationAction, async (input) => ({ ...input, blocYearId: SCRATCH, version: await ownDraft() })),
    input: () => ({ blocYearId: "@scratch", headApprovedBy: "Hoàng Văn Nam" }),
    allowed: REGISTRANTS,
  },
  {
    name: "returnRegistration",
    run: prepared(registrations.returnRegistrationAction, async (input) => ({ ...input, ...(await submittedOfOther()) })),
    input: () => ({ registrationId: "@submitted", reason: "Bổ sung chỉ tiêu" }),
    allowed: [...BOARD_ANY, "truongkhoi"],
  },
  {
    name: "setRegistrationDeadline",
    run: prepared(registrations.setRegistrationDeadlineAction, async (input) => (await scratchYear(), { ...input, blocYearId: SCRATCH })),
    input: () => ({ blocYearId: "@scratch", dueAt: `${new Date().getUTCFullYear() + 1}-01-31T17:00` }),
    allowed: [...BOARD_ANY, "truongkhoi"],
  },
];
