// The legal documents the demo council cites. A province enters its own on the settings page
// and checks each against the official gazette: these are examples, and the 2025 replacements
// of the decree and circular are deliberately not guessed here.
import type { Tx } from "@/lib/db";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const DEMO_LEGAL = [
  {
    id: "legal-luat-2003",
    number: "15/2003/QH11",
    title: "Luật Thi đua, khen thưởng",
    issuer: null,
    issuedOn: "2003-11-26",
    inForceFrom: "2004-07-01",
    inForceUntil: "2024-01-01",
    position: 1,
  },
  {
    id: "legal-luat-2022",
    number: "06/2022/QH15",
    title: "Luật Thi đua, khen thưởng",
    issuer: null,
    issuedOn: "2022-06-15",
    inForceFrom: "2024-01-01",
    inForceUntil: null,
    position: 1,
  },
];

export async function seedLegal(tx: Tx): Promise<void> {
  for (const { id, issuedOn, inForceFrom, inForceUntil, ...rest } of DEMO_LEGAL) {
    const data = { ...rest, issuedOn: day(issuedOn), inForceFrom: day(inForceFrom), inForceUntil: inForceUntil ? day(inForceUntil) : null };
    await tx.legalDocument.upsert({ where: { id }, create: { id, ...data }, update: {} });
  }
}
