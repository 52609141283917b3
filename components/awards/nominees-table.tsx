import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/format/vi";
import type { RankedUnit } from "@/lib/awards/quota";
import { registrationFlag, type RegisteredTitles } from "@/lib/registrations/registered";
import { Badge } from "@/components/ui/card";
import { GroupHeader, RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
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

  const columns = 4 + (decided ? 1 : 0) + (editVersion !== null ? 1 : 0);
  return (
    <Table caption={t("proposal.title")}>
      <THead>
        <Th numeric>{t("proposal.rank")}</Th>
        <Th>{t("proposal.unit")}</Th>
        <Th numeric>{t("proposal.total")}</Th>
        <Th>{t("proposal.gates")}</Th>
        {decided && <Th>{t("proposal.awarded")}</Th>}
        {editVersion !== null && <Th>{t("proposal.actions")}</Th>}
      </THead>
      {groups.map(({ form, nominees: list }) => (
        <TBody key={form.awardFormId}>
          <Tr group>
            <GroupHeader colSpan={columns}>
              {form.formName} ({list.length})
            </GroupHeader>
          </Tr>
          {list.map((n, i) => {
            const row = byUnit.get(n.unitId);
            const failed = row ? [...row.gates.failed, ...row.gates.missing] : [];
            const flag = registrationFlag(registered, n);
            return (
              <Tr key={n.id}>
                <Td numeric>{row?.rank ?? "—"}</Td>
                <RowHeader>{n.unitName}</RowHeader>
                <Td numeric>{row ? formatNumber(row.totals.total) : "—"}</Td>
                <Td>
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
                </Td>
                {decided && <Td>{n.awarded ? <Badge tone="green">{t("proposal.awardedYes")}</Badge> : <Badge>{t("proposal.awardedNo")}</Badge>}</Td>}
                {editVersion !== null && (
                  <Td>
                    <NomineeControls
                      nomineeId={n.id}
                      version={editVersion}
                      unit={n.unitName}
                      form={form.formName}
                      first={i === 0}
                      last={i === list.length - 1}
                    />
                  </Td>
                )}
              </Tr>
            );
          })}
        </TBody>
      ))}
    </Table>
  );
}
