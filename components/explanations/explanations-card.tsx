import { getTranslations } from "next-intl/server";
import { formatDateTime, formatNumber } from "@/lib/format/vi";
import type { ExplanationsView } from "@/lib/explanations/queries";
import type { ScoreValue } from "@/lib/scoring/rules";
import { toVietnamDateTimeInput } from "@/lib/scoring/window";
import { Badge, Card } from "@/components/ui/card";
import { AnswerForm, DecideForm, WindowForm } from "@/components/explanations/explanation-forms";
import { AnswerEvidence } from "@/components/explanations/answer-evidence";

/**
 * Giải trình on a submitted sheet: the window, then each leaf whose score differs from the
 * self-score with the reviewer's reason, the unit's answer and the decision, and the forms the
 * caller may use (`canAnswer`, `canDecide`, `canOpen`, computed on the server).
 */
export async function ExplanationsCard({ blocYearId, view }: { blocYearId: string; view: ExplanationsView }) {
  const t = await getTranslations("explanations");
  const ts = await getTranslations("scoring");
  const value = (v: ScoreValue) => (v === null ? "–" : typeof v === "boolean" ? ts(v ? "gate.pass" : "gate.fail") : formatNumber(v));
  const { window } = view;
  if (view.items.length === 0 && !view.canOpen) return null;
  return (
    <Card title={t("title")}>
      <div className="space-y-4 text-sm">
        <p className="text-slate-700">{t("intro")}</p>
        <div className="space-y-2">
          <p className="font-medium">{t(`window.${window.state}`, { date: formatDateTime(window.until) })}</p>
          {view.canOpen && (
            <WindowForm blocYearId={blocYearId} until={window.until ? toVietnamDateTimeInput(window.until) : ""} opened={window.state !== "none"} />
          )}
        </div>
        {view.items.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul className="space-y-3">
            {view.items.map((item) => {
              const a = item.answer;
              return (
                <li key={item.leafCode} className="space-y-2 rounded-md border border-slate-200 p-3" data-leaf={item.leafCode}>
                  <p className="break-words font-medium">
                    <span className="font-mono">{item.leafCode}</span> · {item.title}
                  </p>
                  <p className="flex flex-wrap gap-x-4 gap-y-1">
                    <span>
                      {t("self")}: <strong>{value(item.self)}</strong>
                    </span>
                    <span>
                      {t(`layer.${item.layer}`)}: <strong className="text-amber-800">{value(item.standing)}</strong>
                    </span>
                  </p>
                  {item.reason && (
                    <p>
                      {t("reviewerReason")} ({item.by}): {item.reason}
                    </p>
                  )}
                  {a ? (
                    <div className="space-y-1 rounded bg-slate-50 p-2">
                      <p>{t(a.accepted ? "answer.accepted" : "answer.explained", { by: a.answeredBy, date: formatDateTime(a.answeredAt) })}</p>
                      {a.text && <p className="whitespace-pre-line break-words">{a.text}</p>}
                      <AnswerEvidence sheetId={view.sheetId} leafCode={item.leafCode} files={a.evidence} canAttach={item.canAttach} />
                      {a.decision ? (
                        <p className="font-medium">
                          {a.decision === "KEEP"
                            ? t("decide.kept", { by: a.decidedBy ?? "", date: formatDateTime(a.decidedAt), reason: a.decisionReason ?? "" })
                            : t("decide.changed", {
                                value: value(a.decidedValue),
                                by: a.decidedBy ?? "",
                                date: formatDateTime(a.decidedAt),
                                reason: a.decisionReason ?? "",
                              })}
                        </p>
                      ) : (
                        !a.accepted && <Badge tone="amber">{t("decide.awaited")}</Badge>
                      )}
                    </div>
                  ) : (
                    window.state !== "none" && (
                      <Badge tone={window.state === "open" ? "amber" : "slate"}>{t(window.state === "open" ? "answer.awaited" : "answer.missed")}</Badge>
                    )
                  )}
                  {item.canAnswer && <AnswerForm sheetId={view.sheetId} leafCode={item.leafCode} />}
                  {item.canDecide && <DecideForm sheetId={view.sheetId} leafCode={item.leafCode} gate={item.gate} />}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </Card>
  );
}
