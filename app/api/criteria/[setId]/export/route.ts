import { getSession } from "@/lib/auth/session";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import { db } from "@/lib/db";
import { criteriaToXlsx } from "@/lib/criteria/excel";
import { toTree } from "@/lib/criteria/mapper";
import { canViewTemplates } from "@/lib/criteria/policy";
import { throttleRoute } from "@/lib/limits/throttle";

const notFound = () =>
  new Response("Không tìm thấy bảng tiêu chí.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

const ascii = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9._-]+/g, "-");

// A criteria set as .xlsx, for a signed-in user who may see its bloc (templates: the board and the council).
// Anything else is a plain 404, so "missing" and "not yours" look the same.
export async function GET(request: Request, { params }: { params: Promise<{ setId: string }> }) {
  const session = await getSession();
  if (!session) return notFound();
  const throttled = await throttleRoute("exports", session.userId, request);
  if (throttled) return throttled;
  const { setId } = await params;
  if (!setId || setId.length > 64) return notFound();
  const set = await db.criteriaSet.findUnique({
    where: { id: setId },
    select: {
      blocYearId: true,
      name: true,
      status: true,
      version: true,
      blocYear: { select: { year: true, bloc: { select: { code: true, name: true } } } },
      nodes: true,
    },
  });
  if (!set) return notFound();
  let fileName: string;
  if (set.blocYear) {
    const visible = await db.bloc.count({ where: { AND: [visibleBlocsWhere(session), { years: { some: { id: set.blocYearId! } } }] } });
    if (visible === 0) return notFound();
    fileName = `tieu-chi_${ascii(set.blocYear.bloc.code)}_${set.blocYear.year}.xlsx`;
  } else {
    if (!canViewTemplates(session)) return notFound();
    fileName = `tieu-chi_mau_${ascii(set.name)}.xlsx`;
  }
  const state = set.status === "PUBLISHED" ? `đã ban hành, phiên bản ${set.version}` : "dự thảo";
  const title = set.blocYear ? `Bảng tiêu chí thi đua năm ${set.blocYear.year} – ${set.blocYear.bloc.name} – ${state}` : `Bảng tiêu chí mẫu: ${set.name}`;
  const bytes = await criteriaToXlsx(toTree(set.nodes), title);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
