import type { DocYear } from "@/lib/documents/data";
import { labelled, type Paragraph } from "@/lib/documents/model";
import { citation, inForceOn, type LegalDoc } from "@/lib/council/legal";

/** The council's settings the documents print (lib/council), and the legal documents they may cite. */
export interface DocSettings {
  councilName: string;
  boardName: string;
  place: string;
  legal?: LegalDoc[];
  /** When the file is generated: which legal documents are in force for a document not yet dated. */
  today?: Date;
}

/** "Căn cứ …;" for each legal document in force on the document's date (or today while it has none). */
export function legalGrounds(settings: DocSettings, date: Date | null): string[] {
  const at = date ?? settings.today ?? new Date();
  return inForceOn(settings.legal ?? [], at).map((d) => `Căn cứ ${citation(d)};`);
}

/** The issuer block: the council over the bloc. */
export const issuerOf = (settings: DocSettings, year: Pick<DocYear, "bloc">) => ({
  issuerParent: settings.councilName,
  issuerName: year.bloc.name,
});

/** "Chủ đề", "Khẩu hiệu", "Phương châm" of the year, where set. */
export function themeParagraphs(year: Pick<DocYear, "theme" | "slogan" | "motto">): Paragraph[] {
  const out: Paragraph[] = [];
  if (year.theme?.trim()) out.push(labelled("Chủ đề", `“${year.theme.trim()}”`));
  if (year.slogan?.trim()) out.push(labelled("Khẩu hiệu", `“${year.slogan.trim()}”`));
  if (year.motto?.trim()) out.push(labelled("Phương châm", `“${year.motto.trim()}”`));
  return out;
}

/** "Sở Nội vụ (Trưởng khối)" */
export function unitWithRole(year: Pick<DocYear, "leaderUnitId" | "deputyUnitId" | "bloc">, unit: { id: string; name: string }): string {
  const cum = year.bloc.kind === "CUM";
  if (unit.id === year.leaderUnitId) return `${unit.name} (${cum ? "Cụm trưởng" : "Trưởng khối"})`;
  if (unit.id === year.deputyUnitId) return `${unit.name} (${cum ? "Cụm phó" : "Phó Trưởng khối"})`;
  return unit.name;
}

/** "Khối" or "Cụm", for sentences about the bloc. */
export const blocWord = (year: Pick<DocYear, "bloc">) => (year.bloc.kind === "CUM" ? "Cụm" : "Khối");
