import "server-only";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { DocumentKind } from "@/lib/documents/kinds";
import { blocIssuer, issuerStyleFor, parseIssuerStyles } from "@/lib/documents/issuer";
import { docSymbolOf } from "@/lib/documents/layout";
import { loadDocumentSubject } from "@/lib/documents/subjects";

// The numbering register (Nghị định 30, Điều 15): each issuer numbers its documents of one ký
// hiệu from 01 each year. A number is taken once per document (the next in the register, or one
// the clerk types) and never given twice: the register's counter row is locked while a number is
// taken (concurrent takers queue on PostgreSQL), and DocumentNumber's unique key is the last guard.

export type Register = { issuerKey: string; symbol: string };

const vnYear = (d: Date) => Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(d));

/** Whose register a bloc's document is numbered in: its issuer (issuer.ts) and the kind's ký hiệu. */
export async function registerOf(tx: Tx, kind: DocumentKind, subjectId: string): Promise<Register> {
  const docSymbol = docSymbolOf(kind);
  if (!docSymbol) throw new DomainError("documents.errors.notNumbered");
  const { year } = await loadDocumentSubject(kind, subjectId, tx);
  const [row, council] = await Promise.all([
    tx.blocYear.findUniqueOrThrow({
      where: { id: year.id },
      select: {
        bloc: { select: { id: true, code: true, name: true, symbol: true } },
        leader: { select: { id: true, code: true, name: true, parentBody: true, place: true, symbol: true } },
      },
    }),
    tx.councilSettings.findUnique({ where: { id: 1 }, select: { documentIssuers: true } }),
  ]);
  const issuer = blocIssuer(issuerStyleFor(kind, parseIssuerStyles(council?.documentIssuers)), row.bloc, row.leader, "");
  return { issuerKey: issuer.registerKey, symbol: docSymbol };
}

/**
 * The document's number: the one it already has, the one typed (`typed`), or the next in its
 * register for the year of `at`. A typed number already given to another document is refused.
 */
export async function takeNumber(
  tx: Tx,
  kind: DocumentKind,
  subjectId: string,
  typed: number | null,
  actorId: string | null,
  at: Date = new Date(),
): Promise<number> {
  const existing = await tx.documentNumber.findUnique({ where: { kind_subjectId: { kind, subjectId } } });
  if (existing && (typed === null || typed === existing.number)) return existing.number;
  const { issuerKey, symbol } = await registerOf(tx, kind, subjectId);
  const year = existing?.year ?? vnYear(at);
  // The counter row, locked until the transaction ends: the next taker in this register waits.
  await tx.$executeRaw`INSERT INTO "DocumentCounter" ("issuerKey", "symbol", "year", "last") VALUES (${issuerKey}, ${symbol}, ${year}, 0) ON CONFLICT DO NOTHING`;
  const [counter] = await tx.$queryRaw<
    { last: number }[]
  >`SELECT "last" FROM "DocumentCounter" WHERE "issuerKey" = ${issuerKey} AND "symbol" = ${symbol} AND "year" = ${year} FOR UPDATE`;
  const inRegister = { issuerKey, symbol, year };
  let number = typed ?? counter.last + 1;
  if (typed !== null) {
    const taken = await tx.documentNumber.findUnique({ where: { issuerKey_symbol_year_number: { ...inRegister, number } } });
    if (taken) throw new DomainError("documents.errors.numberTaken", { number: padNumber(number) });
  } else {
    // Typed numbers may lie ahead of the counter: skip them.
    while (await tx.documentNumber.findUnique({ where: { issuerKey_symbol_year_number: { ...inRegister, number } } })) number++;
  }
  if (existing) await tx.documentNumber.delete({ where: { id: existing.id } });
  await tx.documentNumber.create({ data: { ...inRegister, number, kind, subjectId, takenById: actorId } });
  if (number > counter.last)
    await tx.$executeRaw`UPDATE "DocumentCounter" SET "last" = ${number} WHERE "issuerKey" = ${issuerKey} AND "symbol" = ${symbol} AND "year" = ${year}`;
  return number;
}

/** "05": numbers under 10 take a leading zero. */
export const padNumber = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A typed number: "5", "05" or "05/TTr-SNV" → 5; null when blank or not a number. */
export function parseTypedNumber(s: string | null | undefined): number | null {
  const m = s?.trim().match(/^0*(\d{1,6})(?:\/|$)/);
  return m && Number(m[1]) > 0 ? Number(m[1]) : null;
}
