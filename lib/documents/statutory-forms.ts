// The statutory forms a generated document follows, as data keyed by the dates they are in force
// (as lib/council/legal.ts keeps the documents cited): a document takes the form in force on its
// own date, so a report dated before 01/07/2025 keeps the form of its time. Pure.
//
// Sources (checked 07/12/2026): Mẫu số 02 of Phụ lục I to Nghị định 98/2023/NĐ-CP is the report
// for a collective proposed for a Cờ thi đua or a Bằng khen of a ministry or province (Mẫu số 01
// of Nghị định 91/2017/NĐ-CP before it). Nghị định 152/2025/NĐ-CP of 14/06/2025 replaced
// Nghị định 98/2023/NĐ-CP from 01/07/2025, keeping the collective's report with the same parts;
// its form's number is recorded here as 02 of Phụ lục I: correct this row if a text in force
// says otherwise. docs/ARCHITECTURE.md, "Word files and the achievement report".

export type StatutoryForm = {
  /** "Mẫu số 02, Phụ lục I" */
  form: string;
  /** "Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ" */
  decree: string;
  /** Calendar days, yyyy-MM-dd: from this day, until the day before `until`. */
  from: string;
  until: string | null;
};

/** Báo cáo thành tích of a collective proposed for a Cờ thi đua or a Bằng khen. */
export const COLLECTIVE_ACHIEVEMENT_FORMS: readonly StatutoryForm[] = [
  { form: "Mẫu số 01, Phụ lục", decree: "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ", from: "2017-10-01", until: "2024-01-01" },
  { form: "Mẫu số 02, Phụ lục I", decree: "Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ", from: "2024-01-01", until: "2025-07-01" },
  { form: "Mẫu số 02, Phụ lục I", decree: "Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ", from: "2025-07-01", until: null },
];

const vnDay = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(d);

/** The form in force on the Vietnamese calendar day of `at`; before the first, the first. */
export function formInForceOn(forms: readonly StatutoryForm[], at: Date): StatutoryForm {
  const day = vnDay(at);
  return forms.find((f) => f.from <= day && (!f.until || day < f.until)) ?? forms[0];
}

/** "Mẫu số 02, Phụ lục I ban hành kèm theo Nghị định số 98/2023/NĐ-CP …" */
export const formCitation = (f: StatutoryForm) => `${f.form} ban hành kèm theo ${f.decree}`;
