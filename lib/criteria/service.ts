// Writes to criteria sets. Every change takes the set at the version the caller saw (claimSet in
// set-writes.ts), inside one transaction with its audit entry; a published set is frozen until the
// board reopens it.
import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import { toHundredths } from "@/lib/criteria/points";
import { codeKey, validateCriteriaTree } from "@/lib/criteria/tree";
import { MAX_DEPTH } from "@/lib/criteria/types";
import { claimDraft, claimSet, countNodes, draftWrite, replaceNodes, treeOf } from "@/lib/criteria/set-writes";
import type { NodeInput } from "@/lib/criteria/schemas";
import { parseCriteriaRows, type CriteriaRow, type ExcelRowError } from "@/lib/criteria/excel-rows";

export async function createSet(actor: AppSession, blocYearId: string) {
  return db.$transaction(async (tx) => {
    const year = await tx.blocYear.findUnique({ where: { id: blocYearId }, select: { year: true } });
    if (!year) throw new NotFoundError();
    if (await tx.criteriaSet.findUnique({ where: { blocYearId }, select: { id: true } })) throw new DomainError("criteria.errors.exists");
    const set = await tx.criteriaSet.create({ data: { blocYearId, name: `Bảng tiêu chí năm ${year.year}` } });
    await writeAudit(tx, actor, { action: "criteriaSet.create", entityType: "CriteriaSet", entityId: set.id, after: set });
    return { id: set.id };
  });
}

export async function createTemplate(actor: AppSession, name: string) {
  return db.$transaction(async (tx) => {
    const set = await tx.criteriaSet.create({ data: { blocYearId: null, name } });
    await writeAudit(tx, actor, { action: "criteriaSet.template.create", entityType: "CriteriaSet", entityId: set.id, after: set });
    return { id: set.id };
  });
}

// ── nodes ──

/** The stored fields for a node's input, or the reason it is refused. */
function fieldsOf(input: NodeInput) {
  if (input.kind === "GROUP") {
    if (input.maxPoints !== null) throw new DomainError("criteria.errors.groupWithPoints");
    return { code: input.code, title: input.title, guidance: input.guidance, kind: null, maxHundredths: null, evidenceRequired: false };
  }
  if (input.kind === "GATE" && input.maxPoints !== null) throw new DomainError("criteria.errors.gateWithPoints");
  if (input.kind !== "GATE" && input.maxPoints === null) throw new DomainError("criteria.errors.maxRequired");
  return {
    code: input.code,
    title: input.title,
    guidance: input.guidance,
    kind: input.kind,
    maxHundredths: input.maxPoints === null ? null : toHundredths(input.maxPoints),
    evidenceRequired: input.evidenceRequired,
  };
}

async function refuseDuplicateCode(tx: Tx, setId: string, code: string, exceptId?: string) {
  const others = await tx.criterionNode.findMany({ where: { setId, id: exceptId ? { not: exceptId } : undefined }, select: { code: true } });
  if (others.some((n) => codeKey(n.code) === codeKey(code))) throw new DomainError("criteria.errors.duplicateCode", { code });
}

async function depthOf(tx: Tx, nodeId: string | null): Promise<number> {
  let depth = 0;
  let current = nodeId;
  while (current) {
    depth++;
    current = (await tx.criterionNode.findUniqueOrThrow({ where: { id: current }, select: { parentId: true } })).parentId;
  }
  return depth;
}

async function nodeOf(tx: Tx, nodeId: string) {
  const node = await tx.criterionNode.findUnique({ where: { id: nodeId } });
  if (!node) throw new NotFoundError();
  return node;
}

async function renumber(tx: Tx, setId: string, parentId: string | null) {
  const siblings = await tx.criterionNode.findMany({
    where: { setId, parentId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, position: true },
  });
  for (const [position, n] of siblings.entries()) if (n.position !== position) await tx.criterionNode.update({ where: { id: n.id }, data: { position } });
  return siblings;
}

export async function addNode(actor: AppSession, setId: string, version: number, parentId: string | null, input: NodeInput) {
  return draftWrite(actor, "criteriaSet.node.create", async (tx) => {
    await claimDraft(tx, setId, version);
    const data = fieldsOf(input);
    if (parentId) {
      const parent = await nodeOf(tx, parentId);
      if (parent.setId !== setId) throw new NotFoundError();
      if (parent.kind) throw new DomainError("criteria.errors.parentIsLeaf");
      if ((await depthOf(tx, parentId)) + 1 > MAX_DEPTH) throw new DomainError("criteria.errors.tooDeep");
    }
    await refuseDuplicateCode(tx, setId, input.code);
    const last = await tx.criterionNode.aggregate({ where: { setId, parentId }, _max: { position: true } });
    const node = await tx.criterionNode.create({ data: { setId, parentId, position: (last._max.position ?? -1) + 1, ...data } });
    await writeAudit(tx, actor, { action: "criteriaSet.node.create", entityType: "CriteriaSet", entityId: setId, after: node });
    return { id: node.id };
  });
}

export async function updateNode(actor: AppSession, nodeId: string, version: number, input: NodeInput) {
  return draftWrite(actor, "criteriaSet.node.update", async (tx) => {
    const before = await nodeOf(tx, nodeId);
    const set = await claimDraft(tx, before.setId, version);
    const data = fieldsOf(input);
    if (data.kind && (await tx.criterionNode.count({ where: { parentId: nodeId } })) > 0) throw new DomainError("criteria.errors.groupHasChildren");
    await refuseDuplicateCode(tx, before.setId, input.code, nodeId);
    // After a reopen, a leaf that already has scores is flagged when its rules change; the scores are kept.
    const ruleChanged = before.kind !== data.kind || before.maxHundredths !== data.maxHundredths || before.evidenceRequired !== data.evidenceRequired;
    const scored = set.reopenedAt !== null && ruleChanged && (await tx.scoreEntry.count({ where: { nodeId } })) > 0;
    const after = await tx.criterionNode.update({ where: { id: nodeId }, data: { ...data, ...(scored ? { changedAfterScoring: true } : {}) } });
    await writeAudit(tx, actor, { action: "criteriaSet.node.update", entityType: "CriteriaSet", entityId: before.setId, before, after });
    return { id: nodeId };
  });
}

export async function deleteNode(actor: AppSession, nodeId: string, version: number) {
  return draftWrite(actor, "criteriaSet.node.delete", async (tx) => {
    const before = await nodeOf(tx, nodeId);
    await claimDraft(tx, before.setId, version);
    if ((await tx.scoreEntry.count({ where: { node: { OR: [{ id: nodeId }, { parentId: nodeId }, { parent: { parentId: nodeId } }] } } })) > 0) {
      throw new DomainError("criteria.errors.hasScores");
    }
    await tx.criterionNode.delete({ where: { id: nodeId } });
    await renumber(tx, before.setId, before.parentId);
    await writeAudit(tx, actor, { action: "criteriaSet.node.delete", entityType: "CriteriaSet", entityId: before.setId, before });
    return { id: nodeId };
  });
}

export async function moveNode(actor: AppSession, nodeId: string, version: number, direction: "up" | "down") {
  return draftWrite(actor, "criteriaSet.node.move", async (tx) => {
    const node = await nodeOf(tx, nodeId);
    await claimDraft(tx, node.setId, version);
    const siblings = await renumber(tx, node.setId, node.parentId);
    const from = siblings.findIndex((n) => n.id === nodeId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= siblings.length) throw new DomainError("criteria.errors.cannotMove");
    await tx.criterionNode.update({ where: { id: siblings[to].id }, data: { position: from } });
    await tx.criterionNode.update({ where: { id: nodeId }, data: { position: to } });
    await writeAudit(tx, actor, {
      action: "criteriaSet.node.move",
      entityType: "CriteriaSet",
      entityId: node.setId,
      before: { nodeId, position: from },
      after: { nodeId, position: to },
    });
    return { id: nodeId };
  });
}

// ── whole-set changes ──

async function replaceFrom(actor: AppSession, tx: Tx, setId: string, source: { id: string; name: string; year?: number }, auditAction: string) {
  const tree = await treeOf(tx, source.id);
  if (tree.length === 0) throw new DomainError("criteria.errors.nothingToCopy");
  await replaceNodes(tx, setId, tree);
  await writeAudit(tx, actor, {
    action: auditAction,
    entityType: "CriteriaSet",
    entityId: setId,
    after: { fromSetId: source.id, fromName: source.name, fromYear: source.year ?? null, count: countNodes(tree) },
  });
  return { id: setId, count: countNodes(tree) };
}

/** Replaces the draft's nodes by those of the bloc's latest earlier year that has a set with nodes. */
export async function copyFromPreviousYear(actor: AppSession, setId: string, version: number) {
  return draftWrite(actor, "criteriaSet.copy.previousYear", async (tx) => {
    const set = await claimDraft(tx, setId, version);
    if (!set.blocYearId) throw new DomainError("criteria.errors.nothingToCopy");
    const year = await tx.blocYear.findUniqueOrThrow({ where: { id: set.blocYearId }, select: { blocId: true, year: true } });
    const source = await tx.criteriaSet.findFirst({
      where: { blocYear: { blocId: year.blocId, year: { lt: year.year } }, nodes: { some: {} } },
      orderBy: { blocYear: { year: "desc" } },
      select: { id: true, name: true, blocYear: { select: { year: true } } },
    });
    if (!source) throw new DomainError("criteria.errors.nothingToCopy");
    return {
      ...(await replaceFrom(actor, tx, setId, { id: source.id, name: source.name, year: source.blocYear?.year }, "criteriaSet.copy.previousYear")),
      year: source.blocYear?.year ?? null,
    };
  });
}

/** Replaces the draft's nodes by a template's. */
export async function copyFromTemplate(actor: AppSession, setId: string, version: number, templateId: string) {
  return draftWrite(actor, "criteriaSet.copy.template", async (tx) => {
    await claimDraft(tx, setId, version);
    const template = await tx.criteriaSet.findUnique({ where: { id: templateId }, select: { id: true, name: true, blocYearId: true } });
    if (!template || template.blocYearId !== null) throw new NotFoundError();
    return replaceFrom(actor, tx, setId, template, "criteriaSet.copy.template");
  });
}

export type ImportResult = { ok: true; count: number } | { ok: false; errors: ExcelRowError[] };

/** A sheet's rows replace the draft's nodes; on any error nothing is saved and every error comes back, row-numbered. */
export async function importRows(actor: AppSession, setId: string, version: number, rows: readonly CriteriaRow[], fileName: string): Promise<ImportResult> {
  const parsed = parseCriteriaRows(rows);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  return draftWrite(actor, "criteriaSet.import", async (tx) => {
    const set = await claimDraft(tx, setId, version);
    if ((await tx.scoreEntry.count({ where: { node: { setId } } })) > 0) throw new DomainError("criteria.errors.hasScores");
    const before = await treeOf(tx, setId);
    await replaceNodes(tx, setId, parsed.tree);
    await writeAudit(tx, actor, {
      action: "criteriaSet.import",
      entityType: "CriteriaSet",
      entityId: set.id,
      before: { count: countNodes(before) },
      after: { fileName, count: countNodes(parsed.tree) },
    });
    return { ok: true as const, count: countNodes(parsed.tree) };
  });
}

/** DRAFT → PUBLISHED, only for a tree without problems (the first one is the refusal). */
export async function publishSet(actor: AppSession, setId: string, version: number) {
  return draftWrite(actor, "criteriaSet.publish", async (tx) => {
    const set = await claimDraft(tx, setId, version);
    const tree = await treeOf(tx, setId);
    if (tree.length === 0) throw new DomainError("criteria.errors.empty");
    const [problem] = validateCriteriaTree(tree);
    if (problem) throw new DomainError(`criteria.problems.${problem.code}`, { node: problem.path.filter(Boolean).join(" › ") || "?" });
    const after = await tx.criteriaSet.update({ where: { id: setId }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    await writeAudit(tx, actor, {
      action: "criteriaSet.publish",
      entityType: "CriteriaSet",
      entityId: setId,
      before: { status: set.status },
      after: { status: after.status, publishedAt: after.publishedAt, count: countNodes(tree) },
    });
    return { id: setId };
  });
}

/** PUBLISHED → DRAFT, by the board, with a reason. Scores already entered are kept. */
export async function reopenSet(actor: AppSession, setId: string, version: number, reason: string) {
  return db.$transaction(async (tx) => {
    if (!hasPermission(actor.role, "criteria.reopen")) throw new DomainError("errors.forbidden");
    if (!reason.trim()) throw new DomainError("criteria.errors.reasonRequired");
    const set = await claimSet(tx, setId, version);
    if (set.status !== "PUBLISHED") throw new DomainError("criteria.errors.notPublished");
    const scores = await tx.scoreEntry.count({ where: { node: { setId } } });
    const after = await tx.criteriaSet.update({ where: { id: setId }, data: { status: "DRAFT", reopenedAt: new Date(), reopenReason: reason.trim() } });
    await writeAudit(tx, actor, {
      action: "criteriaSet.reopen",
      entityType: "CriteriaSet",
      entityId: setId,
      before: { status: set.status, publishedAt: set.publishedAt },
      after: { status: after.status, reopenedAt: after.reopenedAt, reason: after.reopenReason, scoresKept: scores },
    });
    return { id: setId };
  });
}

/** A new template holding a copy of a bloc year's set (any status): its nodes exactly, as a draft template. */
export async function saveAsTemplate(actor: AppSession, setId: string) {
  return db.$transaction(async (tx) => {
    const source = await tx.criteriaSet.findUnique({
      where: { id: setId },
      select: { id: true, name: true, blocYear: { select: { year: true, bloc: { select: { name: true } } } } },
    });
    if (!source?.blocYear) throw new NotFoundError();
    const tree = await treeOf(tx, setId);
    if (tree.length === 0) throw new DomainError("criteria.errors.nothingToCopy");
    const name = `Mẫu từ ${source.blocYear.bloc.name} năm ${source.blocYear.year}`;
    const template = await tx.criteriaSet.create({ data: { blocYearId: null, name } });
    await replaceNodes(tx, template.id, tree);
    const count = countNodes(tree);
    await writeAudit(tx, actor, {
      action: "criteriaSet.template.fromYear",
      entityType: "CriteriaSet",
      entityId: template.id,
      after: { name, fromSetId: source.id, fromName: source.name, fromYear: source.blocYear.year, count },
    });
    return { id: template.id, count };
  });
}
