// A province's onboarding from Excel on PostgreSQL, through the app's own code in process: 500
// units, 30 blocs, 2 000 accounts and one year's membership (the 500 units spread over the 30
// blocs, each with a leader and a deputy), each kind previewed then applied, as an administrator
// does on the onboarding page (lib/onboarding). The target is under 10 s for the four together.
import type { AppSession } from "@/lib/auth/session-types";
import { ROLE_LABELS } from "@/lib/onboarding/accounts";
import { MEMBER_ROLE_LABELS } from "@/lib/onboarding/members";
import type { AnySpec } from "@/lib/onboarding/spec";

export const ONBOARDING_SHAPE = { units: 500, blocs: 30, accounts: 2000, year: 2026 };

export type OnboardingTiming = { kind: string; rows: number; previewMs: number; applyMs: number };
export type OnboardingBench = { timings: OnboardingTiming[]; totalMs: number; rerunUnchangedMs: number };

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const unitCode = (u: number) => `OB-U${pad(u, 4)}`;
const blocCode = (b: number) => `OB-B${pad(b, 2)}`;
const blocOf = (u: number) => ((u - 1) % ONBOARDING_SHAPE.blocs) + 1;

/** The four files' rows, as a province would fill the templates. */
export function onboardingRows() {
  const { units, blocs, accounts, year } = ONBOARDING_SHAPE;
  const unitRows = Array.from({ length: units }, (_, i) => ({
    code: unitCode(i + 1),
    name: `Đơn vị thử số ${i + 1}`,
    shortName: `ĐV ${i + 1}`,
    parentBody: "UBND tỉnh",
    headName: `Thủ trưởng ${i + 1}`,
    headTitle: "Giám đốc",
    phone: `0200${pad(i + 1, 6)}`,
    email: `dv${i + 1}@tinh.gov.vn`,
  }));
  const blocRows = Array.from({ length: blocs }, (_, i) => ({
    code: blocCode(i + 1),
    name: `Khối thi đua thử số ${i + 1}`,
    kind: i % 3 === 0 ? "Cụm" : "Khối",
    decisionNo: `${i + 1}/QĐ-UBND`,
    decisionDate: "05/01/2026",
    decisionIssuer: "UBND tỉnh",
    description: "",
  }));
  // Four accounts per unit (the head among them), and board staff for the rest, two blocs each.
  const accountRows = Array.from({ length: accounts }, (_, i) => {
    const unit = (i % units) + 1;
    const board = i >= units * 3.8;
    return {
      username: `ob.${pad(i + 1, 4)}`,
      name: `Người dùng ${i + 1}`,
      email: `nd${i + 1}@tinh.gov.vn`,
      unit: board ? "" : unitCode(unit),
      role: board ? ROLE_LABELS.BOARD : ROLE_LABELS.UNIT_OFFICER,
      head: !board && i < units ? "Có" : "Không",
      blocs: board ? `${blocCode(blocOf(i))}, ${blocCode(blocOf(i + 1))}` : "",
    };
  });
  const memberRows = Array.from({ length: units }, (_, i) => ({
    year: String(year),
    bloc: blocCode(blocOf(i + 1)),
    unit: unitCode(i + 1),
    // Units 1…30 lead their bloc, 31…60 deputise.
    role: i < blocs ? MEMBER_ROLE_LABELS.leader : i < 2 * blocs ? MEMBER_ROLE_LABELS.deputy : MEMBER_ROLE_LABELS.member,
  }));
  return { units: unitRows, blocs: blocRows, accounts: accountRows, members: memberRows };
}

/** Previews and applies the four files in order on the database DATABASE_URL names (migrated, empty but for `admin`). */
export async function benchOnboarding(admin: AppSession): Promise<OnboardingBench> {
  const { previewOnboarding, applyOnboarding } = await import("@/lib/onboarding/service");
  const { onboardingWorkbook } = await import("@/lib/onboarding/workbook");
  const { SPECS } = await import("@/lib/onboarding/kinds");
  const rows = onboardingRows();
  const files = await Promise.all(SPECS.map(async (spec: AnySpec) => ({ spec, bytes: await onboardingWorkbook(spec, rows[spec.kind]) })));
  const timings: OnboardingTiming[] = [];
  const run = async (check: (outcome: { type: string }) => void) => {
    const started = performance.now();
    for (const { spec, bytes } of files) {
      const t0 = performance.now();
      const preview = await previewOnboarding(admin, spec, bytes);
      if (preview.type !== "preview") throw new Error(`${spec.kind}: ${JSON.stringify(preview).slice(0, 400)}`);
      const t1 = performance.now();
      const applied = await applyOnboarding(admin, spec, bytes, `${spec.fileName}.xlsx`, preview.preview.token);
      check(applied);
      timings.push({ kind: spec.kind, rows: rows[spec.kind].length, previewMs: Math.round(t1 - t0), applyMs: Math.round(performance.now() - t1) });
    }
    return Math.round(performance.now() - started);
  };
  const totalMs = await run((o) => {
    if (o.type !== "done") throw new Error(`apply failed: ${JSON.stringify(o).slice(0, 400)}`);
  });
  const first = timings.splice(0);
  // The same four files again: everything reads as unchanged and nothing is written.
  const rerunUnchangedMs = await run(() => {});
  return { timings: first, totalMs, rerunUnchangedMs };
}
