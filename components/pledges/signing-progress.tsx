import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
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
  const cell = "px-3 py-2 align-top";
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
      {/* Focusable, so a keyboard can scroll the table sideways on a narrow screen. */}
      <div className="overflow-x-auto rounded-md border border-slate-200" tabIndex={0} role="region" aria-label={t("progress.caption")}>
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t("progress.caption")}</caption>
          <thead className="bg-slate-100 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
            <tr>
              <th scope="col" className={cell}>
                {t("progress.unit")}
              </th>
              <th scope="col" className={cell}>
                {t("progress.state")}
              </th>
              <th scope="col" className={cell}>
                {t("progress.signer")}
              </th>
              <th scope="col" className={cell}>
                {t("progress.signerTitle")}
              </th>
              <th scope="col" className={cell}>
                {t("progress.time")}
              </th>
              <th scope="col" className={cell}>
                {t("progress.note")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {members.map((unit) => {
              const s = byUnit.get(unit.id);
              return (
                <tr key={unit.id}>
                  <td className={`${cell} min-w-36 font-medium text-slate-900`}>{unit.name}</td>
                  <td className={cell}>{s ? <Badge tone="green">{t("progress.signed")}</Badge> : <Badge tone="amber">{t("progress.unsigned")}</Badge>}</td>
                  <td className={`${cell} min-w-28`}>{s?.signerName}</td>
                  <td className={`${cell} min-w-28`}>{s?.signerTitle}</td>
                  <td className={cell}>{s && <SignedWhen t={t} signature={s} />}</td>
                  <td className={`${cell} text-slate-700`}>
                    {s && !s.byHead && <div>{s.recordedBy ? t("progress.byProxy", { name: s.recordedBy.name }) : t("progress.byProxyUnknown")}</div>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A paper signature carries the day it was made (and where); an online one the moment it was made. */
function SignedWhen({ t, signature: s }: { t: Awaited<ReturnType<typeof getTranslations<"pledges">>>; signature: Signature }) {
  if (!s.onPaper) return <>{t("progress.online", { time: formatDateTime(s.signedAt) })}</>;
  const date = formatDate(s.signedAt);
  return <>{s.conference ? t("progress.paperAt", { date, conference: s.conference.title }) : t("progress.paper", { date })}</>;
}
