// Which legal documents a document cites, and how. Pure: tested without a database.

export type LegalDoc = {
  id: string;
  number: string;
  title: string;
  issuer: string | null;
  issuedOn: Date;
  inForceFrom: Date;
  inForceUntil: Date | null;
  position: number;
};

// Stored as calendar dates (UTC midnight); the document's own date is an instant, read as its
// Vietnamese calendar day.
const day = (d: Date) => d.toISOString().slice(0, 10);
const vnDay = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(d);

/** The documents in force on the day of `at` (from `inForceFrom`, until the day before `inForceUntil`), in their order. */
export function inForceOn<T extends LegalDoc>(docs: readonly T[], at: Date): T[] {
  const today = vnDay(at);
  return docs
    .filter((d) => day(d.inForceFrom) <= today && (!d.inForceUntil || today < day(d.inForceUntil)))
    .sort((a, b) => a.position - b.position || day(a.issuedOn).localeCompare(day(b.issuedOn)));
}

// The kinds of document a title may start with; with its issuer a citation reads "<kind> số …
// ngày … của <issuer> <the rest of the title>", as NĐ 30 cites a document the first time. A law's
// title is its name ("Luật Thi đua, khen thưởng"), kept whole with the issuer after the date.
const KINDS = ["Nghị quyết", "Nghị định", "Thông tư liên tịch", "Thông tư", "Quyết định", "Chỉ thị", "Quy định", "Quy chế", "Hướng dẫn", "Kế hoạch"];

/**
 * "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022" (no issuer), or
 * "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết …".
 */
export function citation(doc: Pick<LegalDoc, "number" | "title" | "issuer" | "issuedOn">): string {
  const [y, m, d] = day(doc.issuedOn).split("-").map(Number);
  const dated = `số ${doc.number} ngày ${d} tháng ${m} năm ${y}`;
  const issuer = doc.issuer?.trim();
  if (!issuer) return `${doc.title} ${dated}`;
  const kind = KINDS.find((k) => doc.title.startsWith(`${k} `) || doc.title === k);
  if (!kind) return `${doc.title} ${dated} của ${issuer}`;
  const rest = doc.title.slice(kind.length).trim();
  return `${kind} ${dated} của ${issuer}${rest ? ` ${rest}` : ""}`;
}

/** "in force" | "not yet" | "no longer", for the settings page. */
export function forceStatus(doc: Pick<LegalDoc, "inForceFrom" | "inForceUntil">, at: Date): "inForce" | "notYet" | "expired" {
  const today = vnDay(at);
  if (today < day(doc.inForceFrom)) return "notYet";
  if (doc.inForceUntil && today >= day(doc.inForceUntil)) return "expired";
  return "inForce";
}
