import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/lib/format/vi";
import { signingProgress } from "@/lib/pledges/rules";

type Unit = { id: string; name: string };
type Signature = {
  unitId: string;
  signerName: string;
  signerTitle: string;
  byHead: boolean;
  onPaper: boolean;
  signedAt: Date;
  recordedBy: { name: string } | null;
  conference: { title: string } | null;
};

/** Who has signed and who has not: a bar "Đã ký 5/8 đơn vị" and one row per member unit (already sorted). */
export async function SigningProgress({ members, signatures }: { members: Unit[]; signatures: Signature[] }) {
  const t = await getTranslations("pledges");
  if (members.length === 0) return <p className="text-sm text-slate-600">{t("progress.noMembers")}</p>;
  const progress = signingProgress(members, signatures);
  const byUnit = new Map(progress.signed.map((s) => [s.unit.id, s.signature]));
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <p id="pledge-progress-label" className="text-sm font-medium text-slate-900">
          {t("progress.label", { signed: progress.signedCount, total: progress.total })}
        </p>
        <div
          role="progressbar"
          aria-labelledby="pledge-progress-label"
          aria-valuemin={0}
          aria-valuemax={progress.total}
          aria-valuenow={progress.signedCount}
          className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full rounded-full bg-emerald-600" style={{ width: `${progress.percent}%` }} />
        </div>
      </div>
      {/* A region in the tab order, so a keyboard can scroll the table sideways on a narrow screen. */}
      <Table caption={t("progress.caption")} region>
        <THead>
          <Th>{t("progress.unit")}</Th>
          <Th>{t("progress.state")}</Th>
          <Th>{t("progress.signer")}</Th>
          <Th>{t("progress.signerTitle")}</Th>
          <Th>{t("progress.time")}</Th>
          <Th>{t("progress.note")}</Th>
        </THead>
        <TBody>
          {members.map((unit) => {
            const s = byUnit.get(unit.id);
            return (
              <Tr key={unit.id}>
                <Td className="min-w-36 font-medium text-slate-900">{unit.name}</Td>
                <Td>{s ? <Badge tone="green">{t("progress.signed")}</Badge> : <Badge tone="amber">{t("progress.unsigned")}</Badge>}</Td>
                <Td className="min-w-28">{s?.signerName}</Td>
                <Td className="min-w-28">{s?.signerTitle}</Td>
                <Td>{s && <SignedWhen t={t} signature={s} />}</Td>
                <Td className="text-slate-700">
                  {s && !s.byHead && <div>{s.recordedBy ? t("progress.byProxy", { name: s.recordedBy.name }) : t("progress.byProxyUnknown")}</div>}
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </div>
  );
}

/** A paper signature carries the day it was made (and where); an online one the moment it was made. */
function SignedWhen({ t, signature: s }: { t: Awaited<ReturnType<typeof getTranslations<"pledges">>>; signature: Signature }) {
  if (!s.onPaper) return <>{t("progress.online", { time: formatDateTime(s.signedAt) })}</>;
  const date = formatDate(s.signedAt);
  return <>{s.conference ? t("progress.paperAt", { date, conference: s.conference.title }) : t("progress.paper", { date })}</>;
}
