// Every workbook the app writes, fetched from the demo data through the route a user downloads it
// from (the handover sheet, which no route serves, from the action's own service). The caller
// mocks getSession with `signIn`, as the route tests do.
import type { AppSession } from "@/lib/auth/session-types";
import { db } from "@/lib/db";
import { SPECS } from "@/lib/onboarding/kinds";
import { onboardingTitle } from "@/lib/onboarding/workbook";
import { issueSetPasswordLinks } from "@/lib/users/accounts/service";
import { handoverWorkbook } from "@/lib/users/accounts/handover-workbook";
import { GET as criteriaExport } from "@/app/api/criteria/[setId]/export/route";
import { GET as rankingExport } from "@/app/api/exports/ranking/[blocYearId]/route";
import { GET as registrationsExport } from "@/app/api/exports/registrations/[blocYearId]/route";
import { GET as sheetsExport } from "@/app/api/exports/sheets/[blocYearId]/route";
import { GET as onboardingExport } from "@/app/api/imports/onboarding/[kind]/export/route";
import { GET as onboardingTemplate } from "@/app/api/imports/onboarding/[kind]/template/route";
import { GET as scoreTemplate } from "@/app/api/imports/scores/template/route";
import { actor, storedActor } from "./actors";

export type DemoWorkbook = {
  /** File name without extension, unique. */
  name: string;
  /** A line of its title row (or of the title printed in the page header), as a reader sees it. */
  title: string;
  /** Where the workbook names the grouping: its words for a cluster ("cụm") or a bloc ("khối"), and never the other's. */
  wording?: { says: string; never: string };
  bytes: Buffer;
};

const NC_2025 = "year-noi-chinh-tinh-2025";
const NC_2026 = "year-noi-chinh-tinh-2026";
const CLUSTER_2026 = "year-cum-noi-vu-trung-du-mien-nui-2026";

const CLUSTER = { says: "Cụm trưởng chấm", never: "Trưởng khối chấm" };
const BLOC = { says: CLUSTER.never, never: CLUSTER.says };
const request = (url: string) => new Request(`http://localhost${url}`);
const byYear = (id: string) => ({ params: Promise.resolve({ blocYearId: id }) });

async function bytesOf(response: Response): Promise<Buffer> {
  if (response.status !== 200) throw new Error(`${response.status}: ${await response.text()}`);
  return Buffer.from(await response.arrayBuffer());
}

/** Every workbook from the demo data (after seedDemo), signed in through `signIn` as whoever may download it. */
export async function demoWorkbooks(signIn: (session: AppSession) => void): Promise<DemoWorkbook[]> {
  const board = actor();
  const admin = await storedActor({ userId: "conformance-admin", username: "conformance-admin", role: "ADMIN" });
  const set = await db.criteriaSet.findUniqueOrThrow({ where: { blocYearId: NC_2026 }, select: { id: true } });
  const out: DemoWorkbook[] = [];
  const add = async (as: AppSession, workbook: Omit<DemoWorkbook, "bytes">, get: () => Promise<Response>) => {
    signIn(as);
    out.push({ ...workbook, bytes: await bytesOf(await get()) });
  };

  await add(board, { name: "bang-diem-khoi", title: "Bảng điểm thi đua năm 2026", wording: BLOC }, () =>
    sheetsExport(request(`/api/exports/sheets/${NC_2026}`), byYear(NC_2026)),
  );
  await add(board, { name: "bang-diem-cum", title: "Bảng điểm thi đua năm 2026", wording: CLUSTER }, () =>
    sheetsExport(request(`/api/exports/sheets/${CLUSTER_2026}`), byYear(CLUSTER_2026)),
  );
  await add(board, { name: "xep-hang-khoi", title: "Kết quả xếp hạng thi đua năm 2025" }, () =>
    rankingExport(request(`/api/exports/ranking/${NC_2025}`), byYear(NC_2025)),
  );
  await add(board, { name: "xep-hang-cum", title: "Kết quả xếp hạng thi đua năm 2026" }, () =>
    rankingExport(request(`/api/exports/ranking/${CLUSTER_2026}`), byYear(CLUSTER_2026)),
  );
  await add(board, { name: "dang-ky-khoi", title: "Bảng tổng hợp đăng ký thi đua năm 2026", wording: { says: "trong khối", never: "trong cụm" } }, () =>
    registrationsExport(request(`/api/exports/registrations/${NC_2026}`), byYear(NC_2026)),
  );
  await add(board, { name: "dang-ky-cum", title: "Bảng tổng hợp đăng ký thi đua năm 2026", wording: { says: "trong cụm", never: "trong khối" } }, () =>
    registrationsExport(request(`/api/exports/registrations/${CLUSTER_2026}`), byYear(CLUSTER_2026)),
  );
  await add(board, { name: "tieu-chi", title: "Bảng tiêu chí thi đua năm 2026" }, () =>
    criteriaExport(request(`/api/criteria/${set.id}/export`), { params: Promise.resolve({ setId: set.id }) }),
  );
  await add(board, { name: "mau-nhap-diem", title: "Mẫu nhập điểm tự chấm năm 2026" }, () => scoreTemplate(request("/api/imports/scores/template?year=2026")));
  for (const spec of SPECS) {
    const kind = { params: Promise.resolve({ kind: spec.kind }) };
    const title = onboardingTitle(spec);
    await add(admin, { name: `mau-${spec.fileName}`, title }, () => onboardingTemplate(request(`/api/imports/onboarding/${spec.kind}/template`), kind));
    await add(admin, { name: spec.fileName, title }, () => onboardingExport(request(`/api/imports/onboarding/${spec.kind}/export`), kind));
  }
  const users = await db.user.findMany({ where: { unitId: { not: null } }, select: { id: true }, orderBy: { username: "asc" }, take: 12 });
  const issued = await issueSetPasswordLinks(admin, { userIds: users.map((u) => u.id), withoutPassword: false });
  out.push({ name: "ban-giao-lien-ket", title: "Bàn giao liên kết đặt mật khẩu", bytes: await handoverWorkbook(issued.links, issued.expiresAt) });
  return out;
}
