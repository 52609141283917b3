// Who heads a document (cơ quan ban hành, top left), where it is dated and whose register numbers
// it. Pure: the council's practice (lib/council/document-issuers.ts) picks one style per kind.
//
// A bloc or cluster is an advisory grouping: it has no governing body, so the council is never
// printed above it, and a bloc is never printed above a unit. What the leader unit submits for
// the bloc goes under the leader unit's own header (its governing body over its name).

export { DEFAULT_ISSUER_STYLES, ISSUER_STYLES, issuerStyleFor, parseIssuerStyles, type IssuerStyle, type IssuerStyles } from "@/lib/council/document-issuers";
import type { IssuerStyle } from "@/lib/council/document-issuers";

export type IssuerBloc = { id: string; code: string; name: string; symbol?: string | null };
export type IssuerUnit = { id: string; code: string; name: string; parentBody?: string | null; place?: string | null; symbol?: string | null };

export type Issuer = {
  /** The governing body, printed in regular capitals; "" when there is none. */
  parent: string;
  /** The issuer, in bold capitals. */
  name: string;
  /** Địa danh: where the issuer has its seat. */
  place: string;
  /** The register the document's number is taken from. */
  registerKey: string;
  /** The issuer's registered abbreviation in the ký hiệu. */
  symbol: string;
};

/** The bloc's register and abbreviation: its registered symbol, else its code. */
const blocRegister = (bloc: IssuerBloc) => ({ registerKey: `bloc:${bloc.id}`, symbol: bloc.symbol?.trim() || bloc.code });

/**
 * The issuer of a bloc's document in `style`. The place is the leader unit's seat (an
 * inter-provincial cluster is dated where its leader sits), else the council's (`fallbackPlace`).
 * Without a leader the bloc heads the document alone.
 */
export function blocIssuer(style: IssuerStyle, bloc: IssuerBloc, leader: IssuerUnit | null | undefined, fallbackPlace: string): Issuer {
  const place = leader?.place?.trim() || fallbackPlace;
  if (leader && style === "LEADER_UNIT") return unitIssuer(leader, fallbackPlace);
  if (leader && style === "BLOC_LEADER") return { parent: bloc.name, name: leader.name, place, ...blocRegister(bloc) };
  return { parent: "", name: bloc.name, place, ...blocRegister(bloc) };
}

/** A unit under its own header: its governing body (when recorded) over its name. */
export function unitIssuer(unit: IssuerUnit, fallbackPlace: string): Issuer {
  return {
    parent: unit.parentBody?.trim() ?? "",
    name: unit.name,
    place: unit.place?.trim() || fallbackPlace,
    registerKey: `unit:${unit.id}`,
    symbol: unit.symbol?.trim() || unit.code,
  };
}
