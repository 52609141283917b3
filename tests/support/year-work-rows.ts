// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for the
// year plan and the pledge. Each row arranges what its action needs (a draft or an open pledge,
// an item to delete, no signature yet for the caller's unit) with plain database writes, which
// leave no audit entry, then calls the real action with the fresh pledge version.
import { db } from "@/lib/db";
import { getSession } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/actions/result";
import * as plans from "@/lib/plans/actions";
import * as pledges from "@/lib/pledges/actions";

type Input = Record<string, unknown>;
export type YearWorkRow = { name: string; run: (input: Input) => Promise<ActionResult<unknown>>; input: () => Input; allowed: string[] };

const NC_BLOC = "bloc-noi-chinh-tinh";
const NC_2026 = "year-noi-chinh-tinh-2026";
const NC_MEMBERS = [
  "unit-nc-thanh-tra-tinh",
  "unit-nc-quan-su",
  "unit-nc-cong-an",
  "unit-nc-so-noi-vu",
  "unit-nc-so-tu-phap",
  "unit-nc-vien-kiem-sat",
  "unit-nc-toa-an",
  "unit-nc-thi-hanh-an",
];
const CONG_AN = "unit-nc-cong-an";
const TOA_AN = "unit-nc-toa-an";
const THI_HANH_AN = "unit-nc-thi-hanh-an";
// A bloc year of its own, far from the years other rows touch, led by truongkhoi's unit (Sở Nội vụ).
const SCRATCH_YEAR = 2035;
const SCRATCH = `year-noi-chinh-tinh-${SCRATCH_YEAR}`;

const BOARD_ANY = ["admin", "bantdkt", "bantdkt.khoi"];
const DRAFTERS = [...BOARD_ANY, "truongkhoi"];

async function scratchYear() {
  if (await db.blocYear.findUnique({ where: { id: SCRATCH } })) return;
  await db.blocYear.create({
    data: { id: SCRATCH, blocId: NC_BLOC, year: SCRATCH_YEAR, leaderUnitId: "unit-nc-so-noi-vu", deputyUnitId: "unit-nc-so-tu-phap" },
  });
  await db.blocMember.createMany({ data: NC_MEMBERS.map((unitId) => ({ blocYearId: SCRATCH, year: SCRATCH_YEAR, unitId })) });
}

/** The scratch year's pledge in the wanted status, with at least two items. */
async function scratchPledge(status: "DRAFT" | "OPEN") {
  await scratchYear();
  const pledge = await db.pledge.upsert({
    where: { blocYearId: SCRATCH },
    create: { blocYearId: SCRATCH, title: "Giao ước thử nghiệm", status },
    update: { status },
  });
  const count = await db.pledgeItem.count({ where: { pledgeId: pledge.id } });
  for (let i = count; i < 2; i++) await db.pledgeItem.create({ data: { pledgeId: pledge.id, position: i, content: `Nội dung thử ${i + 1}` } });
  const first = await db.pledgeItem.findFirstOrThrow({ where: { pledgeId: pledge.id }, orderBy: { position: "asc" } });
  return { pledgeId: pledge.id, version: pledge.version, firstItemId: first.id };
}

// Markers in a row's input ("@draft"…) are replaced at run time; malformed input has none and passes through.
async function withPledge(input: Input, status: "DRAFT" | "OPEN") {
  if (input.pledgeId !== `@${status.toLowerCase()}`) return input;
  const { pledgeId, version } = await scratchPledge(status);
  return { ...input, pledgeId, version };
}

async function withDraftItem(input: Input) {
  if (input.itemId === "@first") {
    const p = await scratchPledge("DRAFT");
    return { ...input, itemId: p.firstItemId, version: p.version };
  }
  if (input.itemId === "@new") {
    const p = await scratchPledge("DRAFT");
    const item = await db.pledgeItem.create({ data: { pledgeId: p.pledgeId, position: 99, content: "Nội dung sẽ xóa" } });
    return { ...input, itemId: item.id, version: p.version };
  }
  return input;
}

async function unsigned(unitId: string) {
  const { pledgeId } = await scratchPledge("OPEN");
  await db.pledgeSignature.deleteMany({ where: { pledgeId, unitId } });
}

export const yearWorkRows: YearWorkRow[] = [
  {
    name: "addPlanItem",
    run: (i) => plans.addPlanItemAction(i as never),
    input: () => ({ blocYearId: NC_2026, title: "Giao lưu văn nghệ", startDate: "2026-09-01", endDate: "2026-09-02", hostUnitId: CONG_AN }),
    allowed: DRAFTERS,
  },
  {
    name: "updatePlanItem",
    run: (i) => plans.updatePlanItemAction(i as never),
    input: () => ({
      itemId: "plan-noi-chinh-tinh-2026-2",
      title: "Giao lưu thể thao chào mừng 30/4 và 1/5",
      startDate: "2026-04-20",
      endDate: "2026-04-24",
      hostUnitId: CONG_AN,
    }),
    allowed: DRAFTERS,
  },
  {
    name: "movePlanItem",
    run: async (i) => {
      const item = typeof i.itemId === "string" ? await db.planItem.findUnique({ where: { id: i.itemId } }) : null;
      return plans.movePlanItemAction({ ...i, ...(item ? { direction: item.position === 0 ? "down" : "up" } : {}) } as never);
    },
    input: () => ({ itemId: "plan-noi-chinh-tinh-2026-3" }),
    allowed: DRAFTERS,
  },
  {
    name: "deletePlanItem",
    run: async (i) => {
      if (i.itemId !== "@new") return plans.deletePlanItemAction(i as never);
      const item = await db.planItem.create({ data: { blocYearId: NC_2026, position: 99, title: "Hoạt động sẽ xóa" } });
      return plans.deletePlanItemAction({ itemId: item.id } as never);
    },
    input: () => ({ itemId: "@new" }),
    allowed: DRAFTERS,
  },
  {
    name: "createPledge",
    run: async (i) => {
      if (i.blocYearId !== "@scratch") return pledges.createPledgeAction(i as never);
      await scratchYear();
      await db.pledge.deleteMany({ where: { blocYearId: SCRATCH } });
      return pledges.createPledgeAction({ ...i, blocYearId: SCRATCH } as never);
    },
    input: () => ({ blocYearId: "@scratch", title: `Giao ước thi đua năm ${SCRATCH_YEAR}`, preamble: "" }),
    allowed: DRAFTERS,
  },
  {
    name: "updatePledge",
    run: async (i) => pledges.updatePledgeAction((await withPledge(i, "DRAFT")) as never),
    input: () => ({ pledgeId: "@draft", title: "Giao ước thi đua (sửa)", preamble: "Căn cứ kế hoạch năm" }),
    allowed: DRAFTERS,
  },
  {
    name: "addPledgeItem",
    run: async (i) => pledges.addPledgeItemAction((await withPledge(i, "DRAFT")) as never),
    input: () => ({ pledgeId: "@draft", content: "Đẩy mạnh chuyển đổi số" }),
    allowed: DRAFTERS,
  },
  {
    name: "updatePledgeItem",
    run: async (i) => pledges.updatePledgeItemAction((await withDraftItem(i)) as never),
    input: () => ({ itemId: "@first", content: "Nội dung đã sửa" }),
    allowed: DRAFTERS,
  },
  {
    name: "deletePledgeItem",
    run: async (i) => pledges.deletePledgeItemAction((await withDraftItem(i)) as never),
    input: () => ({ itemId: "@new" }),
    allowed: DRAFTERS,
  },
  {
    name: "movePledgeItem",
    run: async (i) => pledges.movePledgeItemAction((await withDraftItem(i)) as never),
    input: () => ({ itemId: "@first", direction: "down" }),
    allowed: DRAFTERS,
  },
  {
    name: "copyPledgeItems",
    run: async (i) => pledges.copyPledgeItemsAction((await withPledge(i, "DRAFT")) as never),
    input: () => ({ pledgeId: "@draft" }),
    allowed: DRAFTERS,
  },
  {
    name: "openPledge",
    run: async (i) => pledges.openPledgeAction((await withPledge(i, "DRAFT")) as never),
    input: () => ({ pledgeId: "@draft" }),
    allowed: DRAFTERS,
  },
  {
    name: "reopenPledge",
    run: async (i) => pledges.reopenPledgeAction((await withPledge(i, "OPEN")) as never),
    input: () => ({ pledgeId: "@open", reason: "Bổ sung nội dung theo góp ý" }),
    allowed: BOARD_ANY,
  },
  {
    // Officers sign for their own unit; board staff and others name Công an tỉnh.
    name: "signPledge",
    run: async (i) => {
      if (i.pledgeId !== "@open") return pledges.signPledgeAction(i as never);
      const unitId = (await getSession())?.unitId ?? CONG_AN;
      await unsigned(unitId);
      return pledges.signPledgeAction({ ...(await withPledge(i, "OPEN")), unitId } as never);
    },
    input: () => ({ pledgeId: "@open", signerName: "Trần Quốc Hùng", signerTitle: "Giám đốc" }),
    allowed: [...BOARD_ANY, "donvi", "thutruong", "truongkhoi", "phokhoi"],
  },
  {
    name: "signPledge (another unit)",
    run: async (i) => {
      if (i.pledgeId === "@open") await unsigned(TOA_AN);
      return pledges.signPledgeAction((await withPledge(i, "OPEN")) as never);
    },
    input: () => ({ pledgeId: "@open", unitId: TOA_AN, signerName: "Vũ Đức Thành", signerTitle: "Chánh án" }),
    allowed: BOARD_ANY,
  },
  {
    // Paper signatures of two units at once, at no conference, dated a past day.
    name: "recordSignatures",
    run: async (i) => {
      if (i.pledgeId === "@open") for (const unitId of [TOA_AN, THI_HANH_AN]) await unsigned(unitId);
      return pledges.recordSignaturesAction((await withPledge(i, "OPEN")) as never);
    },
    input: () => ({
      pledgeId: "@open",
      signedOn: "2026-02-27",
      rows: [
        { unitId: TOA_AN, signerName: "Vũ Đức Thành", signerTitle: "Chánh án" },
        { unitId: THI_HANH_AN, signerName: "Đỗ Thị Hòa", signerTitle: "Cục trưởng" },
      ],
    }),
    allowed: BOARD_ANY,
  },
];
