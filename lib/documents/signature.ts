// The signature block of Nghị định 30 (Phụ lục I, mục 7): the authority to sign (TM. for a
// collective, KT. for a deputy signing for the head, Q. for an acting head, TL./TUQ. where
// delegated), the signer's title, room for the signature and the seal, then the full name.
import { upperVi } from "@/lib/documents/layout";
import { bold, type Line } from "@/lib/documents/model";

export type Signature = {
  /** "TM. KHỐI THI ĐUA", "KT. GIÁM ĐỐC", "Q. GIÁM ĐỐC": the line above the title, when one applies. */
  authority?: string;
  /** The signer's title (a person's, not a unit's): "TRƯỞNG KHỐI", "PHÓ GIÁM ĐỐC", "THƯ KÝ". */
  title: string;
  /** A second title line under the first ("GIÁM ĐỐC SỞ NỘI VỤ" under "TRƯỞNG KHỐI"). */
  subtitle?: string;
  name: string | null | undefined;
};

/** Room for a handwritten signature and a seal (a seal is 35–40 mm across; it overlaps the signature's left third). */
export const SIGN_SPACE_PT = 78;

/**
 * A head's signature by their title: "Phó Giám đốc" signs "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC",
 * "Quyền Giám đốc" signs "Q. GIÁM ĐỐC", anyone else under their own title.
 */
export function headSignature(title: string | null | undefined, name: string | null | undefined): Signature {
  const t = (title?.trim() || "Thủ trưởng đơn vị").normalize("NFC");
  const deputy = t.match(/^phó\s+(.+)$/i);
  if (deputy) return { authority: `KT. ${upperVi(deputy[1])}`, title: upperVi(t), name };
  const acting = t.match(/^(?:quyền|q\.)\s*(.+)$/i);
  if (acting) return { authority: `Q. ${upperVi(acting[1])}`, title: "", name };
  return { title: upperVi(t), name };
}

/** The block as centred lines for a signature column (model.ts `columns`). */
export function signatureLines(s: Signature): Line[] {
  const top = [s.authority, s.title, s.subtitle].filter((l): l is string => !!l?.trim());
  return [...top.map((t) => ({ runs: [bold(t)] })), { runs: [bold(s.name?.trim() || "\u00a0")], spaceBefore: SIGN_SPACE_PT }];
}

export const signatureBlock = (width: number, s: Signature) => ({ width, lines: signatureLines(s) });
