// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for the
// bloc's library and its regulation. NC 2026 is led by truongkhoi's unit (Sở Nội vụ): its officers keep the year's
// documents with the board staff; the deputy (phokhoi) and the members only read. Fixtures are
// plain database writes (no audit entry); "@fresh" stands for a document made for that call.
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/result";
import type { AppSession } from "@/lib/auth/session-types";
import * as library from "@/lib/library/actions";
import * as regulations from "@/lib/regulations/actions";
import { deleteAttachment } from "@/lib/attachments/service";

type Input = Record<string, unknown>;
export type LibraryRow = { name: string; run: (input: Input) => Promise<ActionResult<unknown>>; input: () => Input; allowed: string[] };

const NC_2026 = "year-noi-chinh-tinh-2026";
const DOC = "perm-library-document";
const KEEPERS = ["admin", "bantdkt", "bantdkt.khoi", "truongkhoi"];
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
const fields = { kind: "PLAN", number: "05/KH-KNC", issuedOn: "2026-02-10", issuer: "Sở Nội vụ", title: "Kế hoạch tổ chức phong trào thi đua năm 2026" };
const row = { blocYearId: NC_2026, ...fields, kind: "PLAN" as const, issuedOn: new Date("2026-02-10T00:00:00Z"), searchKey: "" };

async function withDocument(input: Input) {
  if (input.documentId === "@fresh") return { ...input, documentId: (await db.libraryDocument.create({ data: { ...row, title: "Văn bản sẽ xóa" } })).id };
  if (input.documentId === DOC || input.ownerId === DOC) await db.libraryDocument.upsert({ where: { id: DOC }, update: {}, create: { id: DOC, ...row } });
  return input;
}

const DRAFT = "perm-regulation-draft";
const draft = { blocYearId: NC_2026, title: "Quy chế tổ chức và hoạt động của Khối (dự thảo)", text: "Điều 1. Phạm vi điều chỉnh" };

async function withDraft(input: Input) {
  if (input.regulationId === "@fresh") return { ...input, regulationId: (await db.regulation.create({ data: draft })).id };
  if (input.regulationId === DRAFT || input.ownerId === DRAFT)
    await db.regulation.upsert({ where: { id: DRAFT }, update: {}, create: { id: DRAFT, ...draft } });
  return input;
}

async function upload(run: (form: FormData) => Promise<ActionResult<unknown>>, input: Input, admin: AppSession) {
  const form = new FormData();
  for (const [k, v] of Object.entries(input)) form.set(k, v instanceof Blob ? v : String(v));
  const result = await run(form);
  // The stored file is removed again at once: the matrix only asks who may upload.
  if (result.ok) await deleteAttachment(admin, (result.data as { id: string }).id);
  return result;
}

export const libraryRows = (admin: () => AppSession): LibraryRow[] => [
  { name: "createDocument", run: (i) => library.createDocumentAction(i as never), input: () => ({ blocYearId: NC_2026, ...fields }), allowed: KEEPERS },
  {
    name: "updateDocument",
    run: async (i) => library.updateDocumentAction((await withDocument(i)) as never),
    input: () => ({ documentId: DOC, ...fields }),
    allowed: KEEPERS,
  },
  {
    name: "deleteDocument",
    run: async (i) => library.deleteDocumentAction((await withDocument(i)) as never),
    input: () => ({ documentId: "@fresh" }),
    allowed: KEEPERS,
  },
  {
    name: "uploadDocumentFile",
    run: async (i) => upload(library.uploadDocumentFileAction, await withDocument(i), admin()),
    input: () => ({ ownerId: DOC, file: new File([PDF], "ke-hoach.pdf", { type: "application/pdf" }) }),
    allowed: KEEPERS,
  },
  { name: "createRegulation", run: (i) => regulations.createRegulationAction(i as never), input: () => draft, allowed: KEEPERS },
  {
    name: "updateRegulation",
    run: async (i) => regulations.updateRegulationAction((await withDraft(i)) as never),
    input: () => ({ regulationId: DRAFT, title: draft.title, text: "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng" }),
    allowed: KEEPERS,
  },
  {
    name: "deleteRegulation",
    run: async (i) => regulations.deleteRegulationAction((await withDraft(i)) as never),
    input: () => ({ regulationId: "@fresh" }),
    allowed: KEEPERS,
  },
  {
    name: "adoptRegulation",
    run: async (i) => regulations.adoptRegulationAction((await withDraft(i)) as never),
    input: () => ({ regulationId: "@fresh", adoptedOn: "2026-07-10", conferenceId: "", decisionId: "" }),
    allowed: KEEPERS,
  },
  {
    name: "uploadRegulationFile",
    run: async (i) => upload(regulations.uploadRegulationFileAction, await withDraft(i), admin()),
    input: () => ({ ownerId: DRAFT, file: new File([PDF], "quy-che.pdf", { type: "application/pdf" }) }),
    allowed: KEEPERS,
  },
];
