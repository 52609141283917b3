// Which of a bloc's regulations a document cites, and how. Pure: tested without a database.
// A regulation is in force from the day it was adopted until the next one's adoption
// (adopting supersedes: lib/regulations/service.ts), so a document dated before a new
// adoption still cites the version in force on its own date.

export type AdoptedRegulation = {
  title: string;
  adoptedOn: Date;
  conference: { title: string; date: Date } | null;
  decision: { number: string | null; issuedOn: Date; issuer: string } | null;
};

const day = (d: Date) => d.toISOString().slice(0, 10);
const vnDay = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(d);
// Calendar dates (adoptedOn, a decision's issuedOn) are stored at UTC midnight; a conference's
// date is an instant, read as its Vietnamese day.
const spelled = (isoDay: string) => {
  const [y, m, dd] = isoDay.split("-").map(Number);
  return `ngày ${dd} tháng ${m} năm ${y}`;
};

/** The version in force on the Vietnamese calendar day of `at`: the one adopted last by then. */
export function regulationInForceOn<T extends Pick<AdoptedRegulation, "adoptedOn">>(versions: readonly T[], at: Date): T | null {
  const today = vnDay(at);
  return versions.filter((v) => day(v.adoptedOn) <= today).sort((a, b) => day(b.adoptedOn).localeCompare(day(a.adoptedOn)))[0] ?? null;
}

/**
 * "Quy chế … ban hành kèm theo Quyết định số 15/QĐ-KNC ngày 10 tháng 3 năm 2026 của Khối thi đua …"
 * when the decision that adopted it is in the library; else "… thông qua tại <hội nghị> ngày …".
 */
export function regulationCitation(r: AdoptedRegulation): string {
  const title = r.title.trim();
  if (r.decision) {
    const number = r.decision.number?.trim() ? ` số ${r.decision.number.trim()}` : "";
    return `${title} ban hành kèm theo Quyết định${number} ${spelled(day(r.decision.issuedOn))} của ${r.decision.issuer.trim()}`;
  }
  if (r.conference) return `${title} thông qua tại ${r.conference.title.trim()} ${spelled(vnDay(r.conference.date))}`;
  return `${title} thông qua ${spelled(day(r.adoptedOn))}`;
}
