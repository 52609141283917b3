import { z } from "zod";
import { checkbox, idList } from "@/lib/validation/fields";
import { password } from "@/lib/users/schemas";

// Ticked accounts, or every active account that has no password yet, or both.
export const issueLinksSchema = z.object({ userIds: idList(2000), withoutPassword: checkbox() }).superRefine((v, ctx) => {
  if (v.userIds.length === 0 && !v.withoutPassword) ctx.addIssue({ code: "custom", path: ["userIds"], message: "accounts.errors.noneSelected" });
});

// A token is 43 base64url characters; anything else cannot be one of ours.
const token = () => z.string().regex(/^[A-Za-z0-9_-]{43}$/, "accounts.errors.linkInvalid");

export const useLinkSchema = z
  .object({ token: token(), password: password(), passwordConfirm: z.string() })
  .superRefine((v, ctx) => {
    if (v.password !== v.passwordConfirm) ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "users.validation.passwordMismatch" });
  })
  .transform(({ token, password }) => ({ token, password }));

export type IssueLinksInput = z.output<typeof issueLinksSchema>;
