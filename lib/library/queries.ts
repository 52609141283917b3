import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import { yearContextOf, yearContextSelect } from "@/lib/blocs/year-context";
import type { LibraryKind } from "@/lib/generated/prisma/enums";
import { foldForSearch } from "@/lib/library/search";

const fileSelect = { id: true, fileName: true, size: true } as const;

/** The files of library documents, by document: one each (a new upload replaces the old). */
async function filesOf(ids: string[]) {
  const rows = await db.attachment.findMany({
    where: { ownerType: "library", ownerId: { in: ids } },
    select: { ...fileSelect, ownerId: true },
    orderBy: { createdAt: "desc" },
  });
  const byOwner = new Map<string, { id: string; fileName: string; size: number }>();
  for (const { ownerId, ...file } of rows) if (ownerId && !byOwner.has(ownerId)) byOwner.set(ownerId, file);
  return byOwner;
}

/**
 * A bloc's library for a caller who may see the bloc (else null): its years (for the add form and
 * the permission checks) and its documents, newest first, filtered by text (title, number, issuer,
 * without diacritics) and kind.
 */
export async function getLibrary(session: AppSession, blocId: string, filters: { q: string; kind: LibraryKind | null }) {
  const bloc = await db.bloc.findFirst({
    where: { AND: [{ id: blocId }, visibleBlocsWhere(session)] },
    select: { id: true, name: true, years: { orderBy: { year: "desc" }, select: yearContextSelect } },
  });
  if (!bloc) return null;
  const q = foldForSearch(filters.q);
  const documents = await db.libraryDocument.findMany({
    where: { blocYear: { blocId }, ...(filters.kind ? { kind: filters.kind } : {}), ...(q ? { searchKey: { contains: q } } : {}) },
    orderBy: [{ issuedOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, blocYearId: true, kind: true, number: true, issuedOn: true, issuer: true, title: true, blocYear: { select: { year: true } } },
    take: 500,
  });
  const files = await filesOf(documents.map((d) => d.id));
  return {
    bloc: { id: bloc.id, name: bloc.name },
    years: bloc.years.map(yearContextOf),
    documents: documents.map(({ blocYear, ...d }) => ({ ...d, year: blocYear.year, file: files.get(d.id) ?? null })),
  };
}

export type Library = NonNullable<Awaited<ReturnType<typeof getLibrary>>>;
export type LibraryDocumentRow = Library["documents"][number];

/** Documents of a kind in a bloc, by year, for a caller who may see the bloc: what another page links to. */
export async function libraryDocumentsByYear(session: AppSession, blocId: string, kind: LibraryKind) {
  const rows = await db.libraryDocument.findMany({
    where: { kind, blocYear: { blocId, bloc: visibleBlocsWhere(session) } },
    orderBy: [{ issuedOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, number: true, title: true, issuedOn: true, blocYear: { select: { year: true } } },
  });
  const byYear = new Map<number, { id: string; number: string | null; title: string; issuedOn: Date }>();
  for (const { blocYear, ...doc } of rows) if (!byYear.has(blocYear.year)) byYear.set(blocYear.year, doc);
  return byYear;
}
