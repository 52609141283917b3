import type { DocYear } from "@/lib/documents/data";
import { labelled, type Paragraph } from "@/lib/documents/model";
import { citation, inForceOn, type LegalDoc } from "@/lib/council/legal";
import { regulationCitation, regulationInForceOn, type AdoptedRegulation } from "@/lib/regulations/citation";
import { blocIssuer, issuerStyleFor, type Issuer, type IssuerStyles } from "@/lib/documents/issuer";
import { docSymbolOf, numberSymbolLine, upperVi } from "@/lib/documents/layout";
import type { Signature } from "@/lib/documents/signature";

/** The council's settings the documents print (lib/council), and the legal documents they may cite. */
export interface DocSettings {
  councilName: string;
  boardName: string;
  place: string;
  legal?: LegalDoc[];
  /** When the file is generated: which legal documents are in force for a document not yet dated. */
  today?: Date;
  /** Who heads each kind (CouncilSettings.documentIssuers; issuer.ts has the defaults). */
  issuers?: IssuerStyles;
  /** This document's number in its issuer's register (numbering.ts), once taken. */
  number?: number | null;
}

/** "Căn cứ …;" for each legal document in force on the document's date (or today while it has none). */
export function legalGrounds(settings: DocSettings, date: Date | null): string[] {
  const at = date ?? settings.today ?? new Date();
  return inForceOn(settings.legal ?? [], at).map((d) => `Căn cứ ${citation(d)};`);
}

/** "Căn cứ <the bloc's regulation in force on the document's date>;", or nothing while none was adopted. */
export function regulationGrounds(settings: DocSettings, regulations: readonly AdoptedRegulation[], date: Date | null): string[] {
  const inForce = regulationInForceOn(regulations, date ?? settings.today ?? new Date());
  return inForce ? [`Căn cứ ${regulationCitation(inForce)};`] : [];
}

/** The căn cứ lines: each ends with ";" and the last with "." (Phụ lục I). */
export const groundsPunctuated = (grounds: string[]) => grounds.map((g, i) => g.replace(/[;,.]\s*$/, "") + (i === grounds.length - 1 ? "." : ";"));

/** The issuer block of a bloc's document: the bloc alone (a bloc has no governing body). */
export const issuerOf = (_settings: DocSettings, year: Pick<DocYear, "bloc">) => ({ issuerParent: "", issuerName: year.bloc.name });

/** Who heads a bloc's document of `kind` in the council's practice (issuer.ts), and where it is dated. */
export const blocIssuerOf = (kind: string, settings: DocSettings, year: Pick<DocYear, "bloc" | "leader">): Issuer =>
  blocIssuer(issuerStyleFor(kind, settings.issuers), year.bloc, year.leader, settings.place);

/** The frame's issuer and number lines of a bloc's document of `kind`, and its issuer (for the place). */
export function blocFrame(kind: string, settings: DocSettings, year: Pick<DocYear, "bloc" | "leader">) {
  const issuer = blocIssuerOf(kind, settings, year);
  return {
    issuer,
    frame: {
      issuerParent: issuer.parent,
      issuerName: issuer.name,
      numberLine: numberSymbolLine(docSymbolOf(kind) ?? "", issuer.symbol, settings.number),
    },
  };
}

/**
 * The bloc leader's signature on what the bloc issues: "TRƯỞNG KHỐI" (or "CỤM TRƯỞNG") over the
 * head's title in its unit ("GIÁM ĐỐC SỞ NỘI VỤ TỈNH NINH BÌNH"), then the name.
 */
export function blocLeaderSignature(year: Pick<DocYear, "bloc" | "leader">): Signature {
  const role = year.bloc.kind === "CUM" ? "CỤM TRƯỞNG" : "TRƯỞNG KHỐI";
  const leader = year.leader;
  return { title: role, subtitle: leader ? upperVi(titleInUnit(leader.headTitle, leader.name)) : undefined, name: leader?.headName ?? null };
}

/** Under the unit's own header its head signs by the bare title: "Giám đốc Công an tỉnh" → "Giám đốc". */
export function titleWithoutUnit(title: string | null | undefined, unitName: string): string | null {
  const t = title?.trim();
  if (!t) return null;
  const at = t.toLocaleLowerCase("vi-VN").lastIndexOf(unitName.trim().toLocaleLowerCase("vi-VN"));
  return at > 0 ? t.slice(0, at).trim() : t;
}

/** "Giám đốc" of "Sở Nội vụ tỉnh Ninh Bình" → "Giám đốc Sở Nội vụ tỉnh Ninh Bình"; a title naming its unit is kept. */
export function titleInUnit(title: string | null | undefined, unitName: string): string {
  const t = title?.trim() || "Thủ trưởng";
  const firstWords = unitName.split(/\s+/).slice(0, 2).join(" ").toLocaleLowerCase("vi-VN");
  return t.toLocaleLowerCase("vi-VN").includes(firstWords) ? t : `${t} ${unitName}`;
}

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
