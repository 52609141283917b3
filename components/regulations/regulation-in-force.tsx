import { getTranslations } from "next-intl/server";
import type { RegulationInForce } from "@/lib/regulations/queries";
import { formatDate } from "@/lib/format/vi";
import { Link } from "@/components/ui/link";

/** The regulation in force, with the conference that adopted it and its decision; or that there is none yet. */
export async function RegulationInForceSummary({ blocId, regulation }: { blocId: string; regulation: RegulationInForce | null }) {
  const t = await getTranslations("regulations");
  if (!regulation) return <p className="text-sm text-slate-600">{t("noneInForce")}</p>;
  const { conference, decision } = regulation;
  return (
    <div className="space-y-1 text-sm">
      <p className="break-words font-medium text-slate-900">
        {t("inForceLine", { title: regulation.title, date: regulation.adoptedOn ? formatDate(regulation.adoptedOn) : "…" })}
      </p>
      {conference && (
        <p>
          <Link href={`/blocs/${blocId}/years/${conference.blocYear.year}/conferences/${conference.id}`} className="text-sky-700 underline">
            {t("atConference", { title: conference.title })}
          </Link>
        </p>
      )}
      {decision && (
        <p>
          <Link href={`/blocs/${blocId}/library?q=${encodeURIComponent(decision.number ?? decision.title)}`} className="text-sky-700 underline">
            {t("byDecision", { title: [decision.number, decision.title].filter(Boolean).join(" – ") })}
          </Link>
        </p>
      )}
    </div>
  );
}

/**
 * The small line under a rule the app applies (the quorum, the quotas, the tie-breaks): which
 * regulation of the bloc it comes from. It cites; the rule itself does not change with it.
 */
export async function RegulationSource({ blocId, regulation }: { blocId: string; regulation: RegulationInForce | null }) {
  const t = await getTranslations("regulations");
  return (
    <p className="text-xs text-slate-600" data-testid="regulation-source">
      {regulation ? (
        <Link href={`/blocs/${blocId}/regulation`} className="underline">
          {t("source", { title: regulation.title, date: regulation.adoptedOn ? formatDate(regulation.adoptedOn) : "…" })}
        </Link>
      ) : (
        t("sourceNone")
      )}
    </p>
  );
}
