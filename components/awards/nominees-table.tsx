import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/format/vi";
import type { RankedUnit } from "@/lib/awards/quota";
import { registrationFlag, type RegisteredTitles } from "@/lib/registrations/registered";
import { Badge } from "@/components/ui/card";
import { NomineeControls } from "@/components/awards/nominee-controls";

type Nominee = { id: string; unitId: string; unitName: string; awardFormId: string; awarded: boolean | null };
type Row = RankedUnit & { totals: { total: number } };
type Props = {
  forms: { awardFormId: string; formName: string }[];
  nominees: Nominee[];
  rows: Row[];
  // Set when the leader may edit: the proposal version every write carries.
  editVersion: number | null;
  decided: boolean;
  // What the units registered at the start of the year: a nominee for a title its unit did not register is flagged.
  registered: RegisteredTitles;
};

/** The nominees grouped by award form, in the proposal's order, with each unit's rank, total and gates. */
export async function NomineesTable({ forms, nominees, rows, editVersion, decided, registered }: Props) {
  const t = await getTranslations("awards");
  const tr = await getTranslations("registrations");
  const byUnit = new Map(rows.map((r) => [r.unitId, r]));
  const groups = forms.map((f) => ({ form: f, nominees: nominees.filter((n) => n.awardFormId === f.awardFormId) })).filter((g) => g.nominees.length > 0);
  if (groups.length === 0) return <p className="text-sm text-slate-600">{t("proposal.noNominees")}</p>;

  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("proposal.title")}</caption>
        <thead className="bg-slate-100 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-right">
              {t("proposal.rank")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("proposal.unit")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("proposal.total")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("proposal.gates")}
            </th>
            {decided && (
              <th scope="col" className="px-3 py-2">
                {t("proposal.awarded")}
              </th>
            )}
            {editVersion !== null && (
              <th scope="col" className="px-3 py-2">
                {t("proposal.actions")}
              </th>
            )}
          </tr>
        </thead>
        {groups.map(({ form, nominees: list }) => (
          <tbody key={form.awardFormId} className="divide-y divide-slate-100">
            <tr className="bg-slate-50">
              <th scope="rowgroup" colSpan={6} className="px-3 py-2 text-left font-semibold text-slate-800">
                {form.formName} ({list.length})
              </th>
            </tr>
            {list.map((n, i) => {
              const row = byUnit.get(n.unitId);
              const failed = row ? [...row.gates.failed, ...row.gates.missing] : [];
              const flag = registrationFlag(registered, n);
              return (
                <tr key={n.id}>
                  <td className="px-3 py-2 text-right tabular-nums">{row?.rank ?? "—"}</td>
                  <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                    {n.unitName}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{row ? formatNumber(row.totals.total) : "—"}</td>
                  <td className="px-3 py-2">
                    {!row ? (
                      <Badge tone="red">{t("proposal.notRanked")}</Badge>
                    ) : row.allGatesPassed ? (
                      <Badge tone="green">{t("proposal.gatesPassed")}</Badge>
                    ) : (
                      <Badge tone="red">{t("proposal.gatesFailed", { codes: failed.join(", ") })}</Badge>
                    )}
                    {flag && (
                      <span className="mt-1 block">
                        <Badge tone="amber">{tr(`flag.${flag}`)}</Badge>
                      </span>
                    )}
                  </td>
                  {decided && (
                    <td className="px-3 py-2">
                      {n.awarded ? <Badge tone="green">{t("proposal.awardedYes")}</Badge> : <Badge>{t("proposal.awardedNo")}</Badge>}
                    </td>
                  )}
                  {editVersion !== null && (
                    <td className="px-3 py-2">
                      <NomineeControls
                        nomineeId={n.id}
                        version={editVersion}
                        unit={n.unitName}
                        form={form.formName}
                        first={i === 0}
                        last={i === list.length - 1}
                      />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
