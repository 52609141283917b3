import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem, passwordProblemKey } from "@/lib/auth/password-policy";
import { writeAudit } from "@/lib/audit/write";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requiredText } from "@/lib/validation/fields";
import { username } from "@/lib/users/schemas";

export const firstRunSchema = z
  .object({
    username: username(),
    password: z.string(),
    name: requiredText(120),
    councilName: requiredText(300),
    boardName: requiredText(300),
    place: requiredText(100),
  })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, v.username);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: passwordProblemKey(problem) });
  });

export type FirstRunInput = z.output<typeof firstRunSchema>;

export type FirstRunResult = { ok: true; userId: string } | { ok: false; reason: "adminExists"; usernames: string[] };

// Two setups started at once must not both create an administrator: the check and the insert
// run under one advisory lock (an arbitrary constant key, used nowhere else).
const SETUP_LOCK = 73_102_026;

/**
 * Creates the first administrator and the council's settings in one transaction with their
 * audit entries. Refuses, changing nothing, once any administrator exists.
 */
export async function firstRun(db: PrismaClient, input: FirstRunInput): Promise<FirstRunResult> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`;
    const admins = await tx.user.findMany({ where: { role: "ADMIN" }, select: { username: true }, orderBy: { username: "asc" } });
    if (admins.length > 0) return { ok: false, reason: "adminExists", usernames: admins.map((a) => a.username) };
    const user = await tx.user.create({
      data: { username: input.username, name: input.name, role: "ADMIN", passwordHash },
      select: { id: true, username: true, name: true },
    });
    const settings = { councilName: input.councilName, boardName: input.boardName, place: input.place };
    await tx.councilSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
    const actor = { userId: user.id, name: user.name, unitId: null };
    await writeAudit(tx, actor, { action: "setup.firstRun", entityType: "User", entityId: user.id, after: { username: user.username, role: "ADMIN" } });
    await writeAudit(tx, actor, { action: "councilSettings.update", entityType: "CouncilSettings", entityId: "1", after: settings });
    return { ok: true, userId: user.id };
  });
}
