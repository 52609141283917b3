import { z } from "zod";
import { checkbox, id, optionalId, optionalText, requiredText, version } from "@/lib/validation/fields";
import { optionalNumber } from "@/lib/validation/numbers";

/** Node kinds as the form sends them: a group, or one of the four leaf kinds. */
export const NODE_KINDS = ["GROUP", "STANDARD", "BONUS", "DEDUCTION", "GATE"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

// A dash is how sheets write "no points" for a gate (the example sheet's "–").
const DASH = /^\s*[-–—]\s*$/;

/** Max points typed with a comma or a point ("10,5"), blank or a dash for none; kept as a number or null. */
export const MAX_POINTS_RULES = { decimals: 2, min: 0.01, max: 10_000 } as const;
const points = () => z.preprocess((v) => (typeof v === "string" && DASH.test(v) ? "" : v), optionalNumber(MAX_POINTS_RULES));

const nodeFields = {
  code: requiredText(20),
  title: requiredText(500),
  guidance: optionalText(3000),
  kind: z.enum(NODE_KINDS, "validation.invalidChoice"),
  maxPoints: points(),
  evidenceRequired: checkbox(),
};

export const createSetSchema = z.object({ blocYearId: id() });
export const createTemplateSchema = z.object({ name: requiredText(300) });
export const setVersionSchema = z.object({ setId: id(), version: version() });
export const reopenSetSchema = z.object({ setId: id(), version: version(), reason: requiredText(1000) });
export const copyTemplateSchema = z.object({ setId: id(), version: version(), templateId: id() });
export const addNodeSchema = z.object({ setId: id(), version: version(), parentId: optionalId(), ...nodeFields });
export const updateNodeSchema = z.object({ nodeId: id(), version: version(), ...nodeFields });
export const nodeSchema = z.object({ nodeId: id(), version: version() });
export const moveNodeSchema = z.object({ nodeId: id(), version: version(), direction: z.enum(["up", "down"], "validation.invalidChoice") });
export const importSetSchema = z.object({
  setId: id(),
  version: version(),
  file: z.instanceof(File, { message: "validation.required" }).refine((f) => f.size > 0 && f.size <= 5 * 1024 * 1024, "criteria.errors.file"),
});

export type NodeInput = {
  code: string;
  title: string;
  guidance: string | null;
  kind: NodeKind;
  maxPoints: number | null;
  evidenceRequired: boolean;
};
