// The pieces every write to a criteria set is built from: the set taken at the version the
// caller saw, a published set refused (and the refusal logged), the set's nodes read and replaced.
import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { auditRefusal } from "@/lib/audit/refusal";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { CriteriaNode } from "@/lib/criteria/tree";
import { nodeData, toTree } from "@/lib/criteria/mapper";

/**
 * Takes the set at the version the caller saw and bumps it. The UPDATE locks the row until the
 * transaction ends, so the set read after it is the set as it stands: a write and the publication
 * (itself a claim) of one set queue, and the later one sees the earlier (docs/SECURITY.md,
 * "Writes against a lock"). `claimed` is false when the version had moved on.
 */
async function takeSet(tx: Tx, setId: string, version: number) {
  const { count } = await tx.criteriaSet.updateMany({ where: { id: setId, version }, data: { version: { increment: 1 } } });
  const set = await tx.criteriaSet.findUnique({ where: { id: setId } });
  if (!set) throw new NotFoundError();
  return { set, claimed: count === 1 };
}

/** The set at the version the caller saw, or a refused stale write. */
export async function claimSet(tx: Tx, setId: string, version: number) {
  const { set, claimed } = await takeSet(tx, setId, version);
  if (!claimed) throw new DomainError("criteria.errors.stale");
  return set;
}

/** A write attempted on a published set: refused, and logged after the rollback. */
class PublishedSetError extends DomainError {
  constructor(readonly setId: string) {
    super("criteria.errors.published");
  }
}

/** A draft set at the version the caller saw: a published one is frozen, whatever version the caller saw (a write that lost to the publication hears why). */
export async function claimDraft(tx: Tx, setId: string, version: number) {
  const { set, claimed } = await takeSet(tx, setId, version);
  if (set.status !== "DRAFT") throw new PublishedSetError(setId);
  if (!claimed) throw new DomainError("criteria.errors.stale");
  return set;
}

/**
 * Runs a write to a draft set in its own transaction. When it is refused because the set is
 * published, the attempt is logged in a second transaction: the first one rolled back, entry and all.
 */
export async function draftWrite<T>(actor: AppSession, attempt: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof PublishedSetError) {
      await auditRefusal(actor, {
        action: "criteriaSet.refused",
        entityType: "CriteriaSet",
        entityId: error.setId,
        after: { attempt, status: "PUBLISHED", reason: error.key },
      });
    }
    throw error;
  }
}

async function nodesOf(tx: Tx, setId: string) {
  return tx.criterionNode.findMany({ where: { setId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
}

export async function treeOf(tx: Tx, setId: string) {
  return toTree(await nodesOf(tx, setId));
}

/** Replaces every node of the set by `tree` (the set is already claimed). */
export async function replaceNodes(tx: Tx, setId: string, tree: readonly CriteriaNode[]) {
  await tx.criterionNode.deleteMany({ where: { setId } });
  const insert = async (nodes: readonly CriteriaNode[], parentId: string | null) => {
    for (const [position, node] of nodes.entries()) {
      const created = await tx.criterionNode.create({ data: { setId, parentId, position, ...nodeData(node) }, select: { id: true } });
      if (node.type === "group") await insert(node.children, created.id);
    }
  };
  await insert(tree, null);
}

export const countNodes = (tree: readonly CriteriaNode[]): number =>
  tree.reduce((n, node) => n + 1 + (node.type === "group" ? countNodes(node.children) : 0), 0);
