import { getTranslations } from "next-intl/server";
import { DescriptionList } from "@/components/ui/card";
import type { RotationNote } from "@/lib/blocs/rotation";

/** The planner's proposal and why: each note code becomes a sentence naming its units. */
export async function RotationProposal(props: {
  kind: "KHOI" | "CUM";
  leaderId: string | null;
  deputyId: string | null;
  notes: RotationNote[];
  nameOf: (id: string) => string;
}) {
  const t = await getTranslations("blocs");
  const tc = await getTranslations("common");
  const { kind, nameOf } = props;
  return (
    <div className="space-y-4">
      <DescriptionList
        items={[
          { label: t(`leader.${kind}`), value: props.leaderId ? nameOf(props.leaderId) : tc("none") },
          { label: t(`deputy.${kind}`), value: props.deputyId ? nameOf(props.deputyId) : tc("none") },
        ]}
      />
      <p className="text-xs text-slate-600">{t("planner.proposalHint")}</p>
      <div>
        <h3 className="text-sm font-semibold text-slate-800">{t("planner.notes")}</h3>
        {props.notes.length === 0 ? (
          <p className="mt-1 text-sm text-slate-700">{t("planner.noNotes")}</p>
        ) : (
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-800">
            {props.notes.map((n, i) => (
              <li key={`${n.code}-${i}`}>{t(`rotationNotes.${n.code}`, { units: n.unitIds.map(nameOf).join(", ") })}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
