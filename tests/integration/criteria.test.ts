import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { createBloc, createBlocYear, setLeadership, setMembers } from "@/lib/blocs/service";
import { createBlocSchema } from "@/lib/blocs/schemas";
import * as criteria from "@/lib/criteria/service";
import { criteriaToXlsx, readCriteriaXlsx } from "@/lib/criteria/excel";
import { toTree } from "@/lib/criteria/mapper";
import { standardTotal } from "@/lib/criteria/tree";
import type { NodeInput } from "@/lib/criteria/schemas";
import { storedActor } from "../support/actors";

const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const actions = await import("@/lib/criteria/actions");

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

/** A bloc with 2025 and 2026 years (leader u0 in 2026), board staff, the leader's officer and a member officer. */
async function makeWorld() {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const board = await storedActor({ userId: `cboard-${tag}`, username: `cboard-${tag}` });
  const unitIds: string[] = [];
  for (let i = 0; i < 3; i++) unitIds.push((await db.unit.create({ data: { code: `C${tag}-${i}`, name: `Sở ${i} (${tag})`, shortName: `S${i}` } })).id);
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `TC${tag}`, name: `Khối ${tag}`, kind: "KHOI" }))).id;
  const y2025 = await createBlocYear(board, blocId, 2025, false);
  const y2026 = await createBlocYear(board, blocId, 2026, false);
  for (const y of [y2025, y2026]) {
    await setMembers(board, y.id, unitIds);
    await setLeadership(board, y.id, unitIds[0], unitIds[1]);
  }
  const officer = (name: string, unitId: string) =>
    storedActor({ userId: `${name}-${tag}`, username: `${name}-${tag}`, role: "UNIT_OFFICER", unitId, allBlocs: false });
  return { tag, blocId, y2025: y2025.id, y2026: y2026.id, board, member: await officer("cmember", unitIds[2]) };
}

beforeEach(async () => {
  w = await makeWorld();
  current.session = null;
});

const version = async (setId: string) => (await db.criteriaSet.findUniqueOrThrow({ where: { id: setId } })).version;
const treeOf = async (setId: string) => toTree(await db.criterionNode.findMany({ where: { setId } }));
const node = (code: string, kind: NodeInput["kind"], maxPoints: number | null, title = `Tiêu chí ${code}`): NodeInput => ({
  code,
  title,
  guidance: null,
  kind,
  maxPoints,
  evidenceRequired: kind === "STANDARD",
});

/** A set: group I (1: 60, 2: 40), bonus B1 10, deduction D1 5, gate G1. */
async function buildSet(blocYearId: string) {
  const { id } = await criteria.createSet(w.board, blocYearId);
  const add = async (parentId: string | null, input: NodeInput) => (await criteria.addNode(w.board, id, await version(id), parentId, input)).id;
  const group = await add(null, node("I", "GROUP", null, "Thực hiện nhiệm vụ"));
  await add(group, node("1", "STANDARD", 60));
  await add(group, node("2", "STANDARD", 40));
  await add(null, node("B1", "BONUS", 10));
  await add(null, node("D1", "DEDUCTION", 5));
  await add(null, node("G1", "GATE", null));
  return { id, group };
}

describe("building and publishing", () => {
  it("builds a tree, refuses to publish a bad one, publishes a good one and freezes it", async () => {
    const { id, group } = await buildSet(w.y2026);
    const tree = await treeOf(id);
    expect(standardTotal(tree)).toBe(100);
    expect(tree.map((n) => n.code)).toEqual(["I", "B1", "D1", "G1"]);

    // An empty group makes the tree unpublishable: the first problem is the refusal.
    const empty = await criteria.addNode(w.board, id, await version(id), null, node("II", "GROUP", null, "Nhóm trống"));
    await expect(criteria.publishSet(w.board, id, await version(id))).rejects.toMatchObject({ key: "criteria.problems.empty_group", params: { node: "II" } });
    expect((await db.criteriaSet.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    await criteria.deleteNode(w.board, empty.id, await version(id));

    await criteria.publishSet(w.board, id, await version(id));
    expect(await db.criteriaSet.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED", publishedAt: expect.any(Date) });
    expect(await db.auditLog.count({ where: { entityId: id, action: "criteriaSet.publish" } })).toBe(1);

    await expect(criteria.addNode(w.board, id, await version(id), group, node("3", "STANDARD", 5))).rejects.toMatchObject({ key: "criteria.errors.published" });
    const leaf = await db.criterionNode.findFirstOrThrow({ where: { setId: id, code: "1" } });
    await expect(criteria.updateNode(w.board, leaf.id, await version(id), node("1", "STANDARD", 50))).rejects.toMatchObject({
      key: "criteria.errors.published",
    });
  });

  it("refuses points on a gate, a missing max, a duplicate code (any case) and a child under a leaf", async () => {
    const { id } = await buildSet(w.y2026);
    await expect(criteria.addNode(w.board, id, await version(id), null, node("G2", "GATE", 5))).rejects.toMatchObject({
      key: "criteria.errors.gateWithPoints",
    });
    await expect(criteria.addNode(w.board, id, await version(id), null, node("B2", "BONUS", null))).rejects.toMatchObject({
      key: "criteria.errors.maxRequired",
    });
    await expect(criteria.addNode(w.board, id, await version(id), null, node("b1", "BONUS", 3))).rejects.toMatchObject({
      key: "criteria.errors.duplicateCode",
    });
    const leaf = await db.criterionNode.findFirstOrThrow({ where: { setId: id, code: "B1" } });
    await expect(criteria.addNode(w.board, id, await version(id), leaf.id, node("B1.1", "BONUS", 3))).rejects.toMatchObject({
      key: "criteria.errors.parentIsLeaf",
    });
  });

  it("refuses a stale version and moves siblings", async () => {
    const { id } = await buildSet(w.y2026);
    const stale = await version(id);
    const b1 = await db.criterionNode.findFirstOrThrow({ where: { setId: id, code: "B1" } });
    await criteria.moveNode(w.board, b1.id, stale, "up");
    expect((await treeOf(id)).map((n) => n.code)).toEqual(["B1", "I", "D1", "G1"]);
    await expect(criteria.moveNode(w.board, b1.id, stale, "down")).rejects.toMatchObject({ key: "criteria.errors.stale" });
    await expect(criteria.updateNode(w.board, b1.id, stale, node("B1", "BONUS", 12))).rejects.toMatchObject({ key: "criteria.errors.stale" });
  });

  it("parses max points typed with a comma through the action", async () => {
    const { id } = await buildSet(w.y2026);
    current.session = w.board;
    const result = await actions.addCriterionAction({
      setId: id,
      version: await version(id),
      code: "B2",
      title: "Thưởng",
      kind: "BONUS",
      maxPoints: "2,5",
      evidenceRequired: false,
    });
    expect(result).toMatchObject({ ok: true });
    expect((await db.criterionNode.findFirstOrThrow({ where: { setId: id, code: "B2" } })).maxHundredths).toBe(250);
    const bad = await actions.addCriterionAction({
      setId: id,
      version: await version(id),
      code: "B3",
      title: "Thưởng",
      kind: "BONUS",
      maxPoints: "mười",
      evidenceRequired: false,
    });
    expect(bad).toMatchObject({ ok: false, error: "errors.validation", fieldErrors: { maxPoints: expect.anything() } });
    current.session = w.member;
    expect(
      await actions.addCriterionAction({
        setId: id,
        version: await version(id),
        code: "B4",
        title: "Thưởng",
        kind: "BONUS",
        maxPoints: "1",
        evidenceRequired: false,
      }),
    ).toEqual({ ok: false, error: "errors.forbidden" });
  });
});

describe("reopening", () => {
  it("is for the board only, needs a reason, and is audited", async () => {
    const { id } = await buildSet(w.y2026);
    await criteria.publishSet(w.board, id, await version(id));

    current.session = w.member;
    expect(await actions.reopenCriteriaAction({ setId: id, version: await version(id), reason: "Sửa" })).toEqual({ ok: false, error: "errors.forbidden" });
    current.session = w.board;
    expect(await actions.reopenCriteriaAction({ setId: id, version: await version(id), reason: "  " })).toMatchObject({
      ok: false,
      error: "errors.validation",
    });
    await expect(criteria.reopenSet(w.board, id, await version(id), " ")).rejects.toMatchObject({ key: "criteria.errors.reasonRequired" });
    expect((await db.criteriaSet.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");

    expect(
      await actions.reopenCriteriaAction({ setId: id, version: await version(id), reason: "Điều chỉnh điểm tiêu chí 1 theo kết luận hội nghị" }),
    ).toMatchObject({ ok: true });
    expect(await db.criteriaSet.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DRAFT",
      reopenedAt: expect.any(Date),
      reopenReason: "Điều chỉnh điểm tiêu chí 1 theo kết luận hội nghị",
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "criteriaSet.reopen" } });
    expect(audit.after).toMatchObject({ status: "DRAFT", reason: "Điều chỉnh điểm tiêu chí 1 theo kết luận hội nghị" });
    await expect(criteria.reopenSet(w.board, id, await version(id), "Lần nữa")).rejects.toMatchObject({ key: "criteria.errors.notPublished" });
  });
});

describe("copying", () => {
  it("copies the previous year's set into this year's draft", async () => {
    const last = await buildSet(w.y2025);
    const { id } = await criteria.createSet(w.board, w.y2026);
    const result = await criteria.copyFromPreviousYear(w.board, id, await version(id));
    expect(result).toMatchObject({ year: 2025, count: 6 });
    expect(await treeOf(id)).toEqual(await treeOf(last.id));
  });

  it("copies a template, and says so when there is nothing to copy", async () => {
    const { id } = await criteria.createSet(w.board, w.y2026);
    await expect(criteria.copyFromPreviousYear(w.board, id, await version(id))).rejects.toMatchObject({ key: "criteria.errors.nothingToCopy" });
    const template = await criteria.createTemplate(w.board, `Mẫu ${w.tag}`);
    await criteria.addNode(w.board, template.id, await version(template.id), null, node("1", "STANDARD", 100));
    await criteria.copyFromTemplate(w.board, id, await version(id), template.id);
    expect((await treeOf(id)).map((n) => n.code)).toEqual(["1"]);
  });
});

describe("Excel", () => {
  it("round-trips: export then import gives the same tree", async () => {
    const source = await buildSet(w.y2025);
    const bytes = await criteriaToXlsx(await treeOf(source.id));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].name).toBe("Tieu chi");
    expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe("Mã");
    expect(workbook.worksheets[0].getRow(1).font?.bold).toBe(true);

    const { id } = await criteria.createSet(w.board, w.y2026);
    const result = await criteria.importRows(w.board, id, await version(id), await readCriteriaXlsx(bytes), "tieu-chi.xlsx");
    expect(result).toEqual({ ok: true, count: 6 });
    expect(await treeOf(id)).toEqual(await treeOf(source.id));
    expect(await db.auditLog.count({ where: { entityId: id, action: "criteriaSet.import" } })).toBe(1);
  });

  it("refuses a bad file with row-numbered errors and saves nothing", async () => {
    const { id } = await buildSet(w.y2026);
    const before = await treeOf(id);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Tieu chi");
    sheet.addRow(["Mã", "Tiêu chí", "Mã cha", "Cấp", "Loại", "Điểm tối đa", "Bắt buộc minh chứng", "Hướng dẫn chấm"]);
    sheet.addRow(["I", "Nhóm I", "", 1, "", "", "", ""]);
    sheet.addRow(["1", "Tiêu chí 1", "I", 2, "Tiêu chuẩn", "10,5", "Có", ""]);
    sheet.addRow(["2", "Tiêu chí 2", "I", 2, "Tiêu chuẩn", "mười", "Không", ""]);
    sheet.addRow(["1", "Trùng mã", "I", 2, "Tiêu chuẩn", 5, "Không", ""]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    current.session = w.board;
    const form = new FormData();
    form.set("setId", id);
    form.set("version", String(await version(id)));
    form.set("file", new File([bytes], "xau.xlsx"));
    const auditBefore = await db.auditLog.count({ where: { entityId: id } });
    const result = await actions.importCriteriaAction(form);
    expect(result).toEqual({
      ok: true,
      data: {
        ok: false,
        errors: [
          { row: 4, column: "Điểm tối đa", code: "not_a_number", value: "mười" },
          { row: 5, column: "Mã", code: "duplicate", value: "1" },
        ],
      },
    });
    expect(await treeOf(id)).toEqual(before);
    expect(await db.auditLog.count({ where: { entityId: id } })).toBe(auditBefore);
  });

  it("refuses a file that is not a workbook", async () => {
    const { id } = await criteria.createSet(w.board, w.y2026);
    current.session = w.board;
    const form = new FormData();
    form.set("setId", id);
    form.set("version", String(await version(id)));
    form.set("file", new File([Buffer.from("không phải excel")], "a.xlsx"));
    expect(await actions.importCriteriaAction(form)).toEqual({ ok: false, error: "criteria.errors.unreadable" });
  });
});

describe("save as template", () => {
  it("copies the year's set exactly into a new template, which a bloc year then copies from", async () => {
    const source = await buildSet(w.y2025);
    await criteria.publishSet(w.board, source.id, await version(source.id));
    current.session = w.board;
    const result = await actions.saveCriteriaAsTemplateAction({ setId: source.id });
    expect(result).toMatchObject({ ok: true, data: { count: 6 } });
    const templateId = (result as { data: { id: string } }).data.id;
    const template = await db.criteriaSet.findUniqueOrThrow({ where: { id: templateId } });
    expect(template).toMatchObject({ blocYearId: null, status: "DRAFT", name: `Mẫu từ Khối ${w.tag} năm 2025` });
    expect(await treeOf(templateId)).toEqual(await treeOf(source.id));
    expect(await db.auditLog.count({ where: { entityId: templateId, action: "criteriaSet.template.fromYear" } })).toBe(1);
    expect(await db.criteriaSet.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ status: "PUBLISHED" });

    const { id } = await criteria.createSet(w.board, w.y2026);
    await criteria.copyFromTemplate(w.board, id, await version(id), templateId);
    expect(await treeOf(id)).toEqual(await treeOf(source.id));
  });

  it("refuses board staff of assigned blocs only, and a template as the source", async () => {
    const source = await buildSet(w.y2025);
    current.session = await storedActor({
      userId: `cboardk-${w.tag}`,
      username: `cboardk-${w.tag}`,
      role: "BOARD",
      allBlocs: false,
      assignedBlocIds: [w.blocId],
    });
    const before = await db.criteriaSet.count({ where: { blocYearId: null } });
    expect(await actions.saveCriteriaAsTemplateAction({ setId: source.id })).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await db.criteriaSet.count({ where: { blocYearId: null } })).toBe(before);

    current.session = w.board;
    const template = await criteria.createTemplate(w.board, `Mẫu ${w.tag}`);
    expect(await actions.saveCriteriaAsTemplateAction({ setId: template.id })).toMatchObject({ ok: false, error: "errors.notFound" });
  });
});
