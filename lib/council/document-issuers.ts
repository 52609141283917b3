// Who heads each kind of document the app generates: the council's practice, set on the settings
// page (CouncilSettings.documentIssuers) and read by lib/documents/issuer.ts. Pure.

export const ISSUER_STYLES = ["BLOC", "BLOC_LEADER", "LEADER_UNIT"] as const;
/** BLOC: the bloc alone; BLOC_LEADER: the bloc over its leader unit; LEADER_UNIT: the leader unit's own header. */
export type IssuerStyle = (typeof ISSUER_STYLES)[number];
export type IssuerStyles = Partial<Record<string, IssuerStyle>>;

/** The kinds a bloc issues, whose header the council chooses. */
export const ISSUED_KINDS = ["pledge", "plan", "minutes", "review-minutes", "award-submission"] as const;

/** The practice when the council has set none (docs/ARCHITECTURE.md, "Official documents"). */
export const DEFAULT_ISSUER_STYLES: Record<(typeof ISSUED_KINDS)[number], IssuerStyle> = {
  pledge: "BLOC",
  plan: "BLOC_LEADER",
  minutes: "BLOC",
  "review-minutes": "BLOC",
  "award-submission": "LEADER_UNIT",
};

/** Keeps only valid styles from stored JSON. */
export function parseIssuerStyles(json: unknown): IssuerStyles {
  if (!json || typeof json !== "object") return {};
  return Object.fromEntries(Object.entries(json).filter(([, v]) => (ISSUER_STYLES as readonly string[]).includes(v as string))) as IssuerStyles;
}

export function issuerStyleFor(kind: string, styles: IssuerStyles | undefined): IssuerStyle {
  return styles?.[kind] ?? (DEFAULT_ISSUER_STYLES as IssuerStyles)[kind] ?? "BLOC";
}
