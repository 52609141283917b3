// What a member unit's achievement report is prefilled from, and the prefill itself. Pure: the
// page shows the prefill until the unit saves its own text, and the document prints the same
// prefill for a unit that has written nothing, so the two never differ.

export const REPORT_FIELDS = ["situation", "duties", "results", "causes", "lessons"] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];
export type ReportTexts = Record<ReportField, string>;

export type PastAward = {
  year: number;
  formName: string;
  decisionNumber: string | null;
  decisionDate: Date | null;
  issuer: string | null;
};

export type ReportFacts = {
  unit: { id: string; name: string };
  year: number;
  blocName: string;
  /** The unit's place in the year's approved ranking, when there is one. */
  ranking: { rank: number; count: number; total: string; shared: boolean } | null;
  /** The titles the unit registered for and its targets (lib/registrations). */
  registered: string[];
  targets: { content: string; value: string | null; measure: string | null }[];
  /** Awards granted to the unit by earlier decisions, oldest first. */
  pastAwards: PastAward[];
  /** The unit's own text, once saved. */
  stored: (ReportTexts & { version: number; updatedAt: Date }) | null;
};

/**
 * A danh hiệu thi đua (the flags, "Tập thể lao động xuất sắc") as against a hình thức khen thưởng
 * (Bằng khen, Giấy khen, Huân chương): Luật Thi đua, khen thưởng 2022, Điều 7 and 8. The award
 * catalogue keeps names only, so the name tells.
 */
export const isEmulationTitle = (formName: string) => /^\s*(cờ thi đua|tập thể lao động|đơn vị quyết thắng|danh hiệu)/i.test(formName.normalize("NFC"));

/** The two tables of section III: emulation titles, then other awards. */
export function splitPastAwards(awards: PastAward[]): { titles: PastAward[]; forms: PastAward[] } {
  return { titles: awards.filter((a) => isEmulationTitle(a.formName)), forms: awards.filter((a) => !isEmulationTitle(a.formName)) };
}

const target = (t: ReportFacts["targets"][number]) => `- ${t.content}${t.value ? `: ${t.value}${t.measure ? ` ${t.measure}` : ""}` : ""}.`;

/**
 * The text a unit starts from: its registered targets in II.1, the rest for it to write. The
 * ranking is not part of it: the report prints it once from the approved snapshot, beside the text.
 */
export function prefillTexts(f: ReportFacts): ReportTexts {
  const results = f.targets.length ? [`Kết quả thực hiện các chỉ tiêu đã đăng ký năm ${f.year}:`, ...f.targets.map(target)] : [];
  return { situation: "", duties: "", results: results.join("\n"), causes: "", lessons: "" };
}

/** What the report prints: the unit's saved text, else the prefill. */
export const reportTexts = (f: ReportFacts): ReportTexts => (f.stored ? pick(f.stored) : prefillTexts(f));

const pick = (s: ReportTexts): ReportTexts => ({ situation: s.situation, duties: s.duties, results: s.results, causes: s.causes, lessons: s.lessons });
