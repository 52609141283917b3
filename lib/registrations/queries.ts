import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleYearWhere } from "@/lib/blocs/policy";
import { yearContextOf, yearContextSelect, type BlocYearContext } from "@/lib/blocs/year-context";
import { asciiCode } from "@/lib/documents/slug";
import { formatDateTime, sortByVi } from "@/lib/format/vi";
import type { CompiledRegistrations } from "@/lib/registrations/workbook";
import { canSeeAllRegistrations, ownRegistrationUnitOf } from "@/lib/registrations/policy";

// Reads of a bloc year's registrations, each within the caller's blocs (visibleYearWhere). A unit
// officer reads its own unit's registration only (rule 2); the compiled list and the progress are
// for those canSeeAllRegistrations lets in, and show a registration's content once submitted.

const withContent = {
  titles: { select: { awardFormId: true } },
  targets: { orderBy: { position: "asc" }, select: { content: true, value: true, measure: true } },
} as const;

type Row = { titles: { awardFormId: string }[]; targets: { content: string; value: unknown; measure: string | null }[] };

// Decimal → number: the page shows it with a comma, the form reads it back with the same parser.
const plain = <T extends Row>({ titles, targets, ...rest }: T) => ({
  ...rest,
  awardFormIds: titles.map((t) => t.awardFormId),
  targets: targets.map((t) => ({ content: t.content, value: t.value === null ? null : Number(t.value), measure: t.measure })),
});

/** The year's deadline and the council's award forms that may be registered (archived ones left out). */
export async function registrationSetting(session: AppSession, blocYearId: string) {
  const year = await db.blocYear.findFirst({ where: visibleYearWhere(session, blocYearId), select: { registrationDueAt: true } });
  if (!year) return null;
  const forms = await db.awardForm.findMany({
    where: { archivedAt: null },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true },
  });
  return { dueAt: year.registrationDueAt, forms };
}

/** The caller's own unit's registration in this year, or null (none yet, or the caller registers no unit here). */
export async function ownRegistration(session: AppSession, year: BlocYearContext) {
  const unitId = ownRegistrationUnitOf(session, year);
  if (!unitId) return null;
  const row = await db.registration.findFirst({ where: { unitId, blocYear: visibleYearWhere(session, year.id) }, include: withContent });
  return row ? plain(row) : null;
}

/** Every member with its registration's state; the content only of submitted ones. Empty for a caller who may not follow them. */
export async function registrationProgress(session: AppSession, year: BlocYearContext) {
  if (!canSeeAllRegistrations(session, year)) return [];
  const members = await db.blocMember.findMany({
    where: { blocYear: visibleYearWhere(session, year.id) },
    select: { unit: { select: { id: true, name: true, shortName: true } } },
  });
  const rows = await db.registration.findMany({ where: { blocYear: visibleYearWhere(session, year.id) }, include: withContent });
  const byUnit = new Map(rows.map((r) => [r.unitId, r]));
  return members.map(({ unit }) => {
    const r = byUnit.get(unit.id);
    if (!r) return { unit, registration: null };
    const submitted = r.status === "SUBMITTED";
    const { awardFormIds, targets } = plain(r);
    return {
      unit,
      registration: {
        id: r.id,
        status: r.status,
        version: r.version,
        headApprovedBy: r.headApprovedBy,
        submittedAt: r.submittedAt,
        awardFormIds: submitted ? awardFormIds : [],
        targets: submitted ? targets : [],
      },
    };
  });
}

/** The compiled list as the workbook takes it (lib/registrations/workbook.ts), or null for a caller who may not follow the registrations or a missing year. */
export async function compiledRegistrations(session: AppSession, blocYearId: string, now = new Date()) {
  const by = await db.blocYear.findFirst({
    where: visibleYearWhere(session, blocYearId),
    select: { ...yearContextSelect, bloc: { select: { name: true, code: true, kind: true } } },
  });
  if (!by) return null;
  const year = yearContextOf(by);
  if (!canSeeAllRegistrations(session, year)) return null;
  const progress = await registrationProgress(session, year);
  const forms = await db.awardForm.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } });
  const formName = new Map(forms.map((f) => [f.id, f.name]));
  const submitted = sortByVi(
    progress.filter((p) => p.registration?.status === "SUBMITTED"),
    (p) => p.unit.name,
  );
  const data: CompiledRegistrations = {
    kind: by.bloc.kind,
    blocName: by.bloc.name,
    year: by.year,
    exportedAt: formatDateTime(now),
    memberCount: progress.length,
    units: submitted.map(({ unit, registration: r }) => ({
      unitName: unit.name,
      headApprovedBy: r!.headApprovedBy,
      submittedAt: r!.submittedAt ? formatDateTime(r!.submittedAt) : "",
      titles: r!.awardFormIds.map((id) => formName.get(id) ?? id),
      targets: r!.targets,
    })),
    perForm: forms
      .map((f) => ({ name: f.name, count: submitted.filter((p) => p.registration!.awardFormIds.includes(f.id)).length }))
      .filter((f) => f.count > 0),
  };
  return { data, fileName: `dang-ky-thi-dua_${asciiCode(by.bloc.code) || "KHOI"}_${by.year}.xlsx` };
}

/** The signing conference of the year where the registrations were announced (lib/conferences/announce.ts), for whoever sees the year. */
export async function announcedAt(session: AppSession, blocYearId: string) {
  return db.conference.findFirst({
    where: { blocYear: visibleYearWhere(session, blocYearId), registrationsAnnouncedAt: { not: null } },
    select: { id: true, title: true, date: true },
  });
}
