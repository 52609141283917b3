// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for
// criteria sets. Each row arranges what its action needs (a draft or a published set, a node to
// delete, no set yet) with plain database writes, which leave no audit entry, then calls the
// real action with the fresh set version. The sets live on scratch NC years 2038 (the source of
// "copy from last year") and 2039, far from the years other rows touch.
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/result";
import * as criteria from "@/lib/criteria/actions";

type Input = Record<string, unknown>;
export type CriteriaRowSpec = { name: string; run: (input: Input) => Promise<ActionResult<unknown>>; input: () => Input; allowed: string[] };

const NC_BLOC = "bloc-noi-chinh-tinh";
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
const SOURCE_YEAR = 2038;
const TARGET_YEAR = 2039;
const yearId = (year: number) => `year-noi-chinh-tinh-${year}`;
const TEMPLATE = "criteria-template-rows";

const BOARD_ANY = ["admin", "bantdkt", "bantdkt.khoi"];
const BOARD_ALL = ["admin", "bantdkt"];
const tag = Math.random().toString(36).slice(2, 6).toUpperCase();
let n = 0;

async function scratchYear(year: number) {
  const id = yearId(year);
  if (await db.blocYear.findUnique({ where: { id } })) return id;
  await db.blocYear.create({ data: { id, blocId: NC_BLOC, year, leaderUnitId: "unit-nc-so-noi-vu", deputyUnitId: "unit-nc-so-tu-phap" } });
  await db.blocMember.createMany({ data: NC_MEMBERS.map((unitId) => ({ blocYearId: id, year, unitId })) });
  return id;
}

/** A valid set (leaves only: always publishable) on `year`, in the wanted status, with at least two top-level leaves. */
async function scratchSet(year: number, status: "DRAFT" | "PUBLISHED") {
  const blocYearId = await scratchYear(year);
  const set = await db.criteriaSet.upsert({ where: { blocYearId }, create: { blocYearId, name: `Bảng thử ${year}`, status }, update: { status } });
  const count = await db.criterionNode.count({ where: { setId: set.id } });
  for (let i = count; i < 2; i++)
    await db.criterionNode.create({
      data: { setId: set.id, position: i, code: `R${i + 1}`, title: `Tiêu chí thử ${i + 1}`, kind: "STANDARD", maxHundredths: 5000 },
    });
  return set;
}

async function template() {
  await db.criteriaSet.upsert({ where: { id: TEMPLATE }, create: { id: TEMPLATE, name: "Mẫu thử nghiệm", blocYearId: null }, update: {} });
  if ((await db.criterionNode.count({ where: { setId: TEMPLATE } })) === 0) {
    await db.criterionNode.create({ data: { setId: TEMPLATE, position: 0, code: "1", title: "Tiêu chí mẫu", kind: "STANDARD", maxHundredths: 10000 } });
  }
}

// Markers in a row's input ("@draft"…) are replaced at run time; malformed input has none and passes through.
async function prepare(input: Input): Promise<Input> {
  if (input.setId === "@draft" || input.setId === "@published") {
    const set = await scratchSet(TARGET_YEAR, input.setId === "@draft" ? "DRAFT" : "PUBLISHED");
    if (input.templateId === "@template") await template();
    return { ...input, setId: set.id, version: set.version, ...(input.templateId === "@template" ? { templateId: TEMPLATE } : {}) };
  }
  if (input.setId === "@previous") {
    await scratchSet(SOURCE_YEAR, "PUBLISHED");
    const set = await scratchSet(TARGET_YEAR, "DRAFT");
    return { ...input, setId: set.id, version: set.version };
  }
  if (input.nodeId === "@first" || input.nodeId === "@new") {
    const set = await scratchSet(TARGET_YEAR, "DRAFT");
    const node =
      input.nodeId === "@first"
        ? await db.criterionNode.findFirstOrThrow({ where: { setId: set.id, parentId: null }, orderBy: [{ position: "asc" }, { id: "asc" }] })
        : await db.criterionNode.create({
            data: { setId: set.id, position: 999, code: `DEL${tag}${++n}`, title: "Sẽ xóa", kind: "BONUS", maxHundredths: 100 },
          });
    return { ...input, nodeId: node.id, version: set.version };
  }
  if (input.blocYearId === "@empty") {
    const blocYearId = await scratchYear(TARGET_YEAR);
    await db.criteriaSet.deleteMany({ where: { blocYearId } });
    return { ...input, blocYearId };
  }
  return input;
}

let workbook: Buffer | null = null;
async function goodWorkbook() {
  if (workbook) return workbook;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Tieu chi");
  sheet.addRow(["Mã", "Tiêu chí", "Mã cha", "Cấp", "Loại", "Điểm tối đa", "Bắt buộc minh chứng", "Hướng dẫn chấm"]);
  sheet.addRow(["1", "Tiêu chí nhập 1", "", 1, "Tiêu chuẩn", 60, "Có", ""]);
  sheet.addRow(["2", "Tiêu chí nhập 2", "", 1, "Tiêu chuẩn", "40", "Không", ""]);
  workbook = Buffer.from(await book.xlsx.writeBuffer());
  return workbook;
}

async function importRun(input: Input) {
  if (input.setId !== "@draft") return criteria.importCriteriaAction(input as never);
  const { setId, version } = await prepare(input);
  const form = new FormData();
  form.set("setId", String(setId));
  form.set("version", String(version));
  form.set("file", new File([new Uint8Array(await goodWorkbook())], "tieu-chi.xlsx"));
  return criteria.importCriteriaAction(form);
}

const leaf = () => ({ code: `A${tag}${++n}`, title: "Tiêu chí thêm", kind: "STANDARD", maxPoints: "2,5", evidenceRequired: "on" });

export const criteriaRows: CriteriaRowSpec[] = [
  {
    name: "createCriteriaSet",
    run: async (i) => criteria.createCriteriaSetAction((await prepare(i)) as never),
    input: () => ({ blocYearId: "@empty" }),
    allowed: BOARD_ANY,
  },
  {
    name: "createCriteriaTemplate",
    run: (i) => criteria.createCriteriaTemplateAction(i as never),
    input: () => ({ name: `Mẫu ${tag} ${++n}` }),
    allowed: BOARD_ALL,
  },
  {
    name: "addCriterion",
    run: async (i) => criteria.addCriterionAction((await prepare(i)) as never),
    input: () => ({ setId: "@draft", ...leaf() }),
    allowed: BOARD_ANY,
  },
  {
    name: "updateCriterion",
    run: async (i) => criteria.updateCriterionAction((await prepare(i)) as never),
    input: () => ({ nodeId: "@first", code: `U${tag}${++n}`, title: "Tiêu chí đã sửa", kind: "STANDARD", maxPoints: "50", evidenceRequired: "" }),
    allowed: BOARD_ANY,
  },
  {
    name: "deleteCriterion",
    run: async (i) => criteria.deleteCriterionAction((await prepare(i)) as never),
    input: () => ({ nodeId: "@new" }),
    allowed: BOARD_ANY,
  },
  {
    name: "moveCriterion",
    run: async (i) => criteria.moveCriterionAction((await prepare(i)) as never),
    input: () => ({ nodeId: "@first", direction: "down" }),
    allowed: BOARD_ANY,
  },
  {
    name: "copyCriteriaFromPreviousYear",
    run: async (i) => criteria.copyCriteriaFromPreviousYearAction((await prepare(i)) as never),
    input: () => ({ setId: "@previous" }),
    allowed: BOARD_ANY,
  },
  {
    name: "copyCriteriaFromTemplate",
    run: async (i) => criteria.copyCriteriaFromTemplateAction((await prepare(i)) as never),
    input: () => ({ setId: "@draft", templateId: "@template" }),
    allowed: BOARD_ANY,
  },
  { name: "importCriteria", run: importRun, input: () => ({ setId: "@draft" }), allowed: BOARD_ANY },
  {
    name: "publishCriteria",
    run: async (i) => criteria.publishCriteriaAction((await prepare(i)) as never),
    input: () => ({ setId: "@draft" }),
    allowed: BOARD_ANY,
  },
  {
    name: "reopenCriteria",
    run: async (i) => criteria.reopenCriteriaAction((await prepare(i)) as never),
    input: () => ({ setId: "@published", reason: "Điều chỉnh theo kết luận hội nghị" }),
    allowed: BOARD_ANY,
  },
  {
    name: "saveCriteriaAsTemplate",
    run: async (i) => criteria.saveCriteriaAsTemplateAction((await prepare(i)) as never),
    input: () => ({ setId: "@published" }),
    allowed: BOARD_ALL,
  },
];
