import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/format/vi";
import type { PledgeCan } from "@/lib/pledges/policy";
import type { PledgeMember, PledgeOfYear } from "@/components/pledges/pledge-view";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { RecordSignaturesForm } from "@/components/pledges/record-signatures-form";
import { SignForm } from "@/components/pledges/sign-form";

type Conference = { id: string; title: string; date: Date; kind: string };
type Props = {
  pledge: PledgeOfYear;
  members: PledgeMember[];
  conferences: Conference[];
  /** The conference to preselect (?conference=<id> from the conference page's link). */
  wanted: string | null;
  signerName: string;
  can: PledgeCan;
};

/** Signing for one's own unit, and the board recording the others' (signed on paper, at a conference). */
export async function PledgeSignCards({ pledge, members, conferences, wanted, signerName, can }: Props) {
  const t = await getTranslations("pledges");
  const versioned = { pledgeId: pledge.id, version: pledge.version };
  const signatures = pledge.signatures;
  const ownUnit = members.find((u) => u.id === can.signsFor);
  const ownSignature = ownUnit && signatures.find((s) => s.unitId === ownUnit.id);
  const unsigned = members.filter((u) => !signatures.some((s) => s.unitId === u.id));
  return (
    <>
      {ownUnit && (
        <Card title={t("sign.title", { unit: ownUnit.name })}>
          {ownSignature ? (
            <Alert tone="success">
              {ownSignature.onPaper
                ? t("sign.alreadySignedPaper", { date: formatDate(ownSignature.signedAt), signer: ownSignature.signerName })
                : t("sign.alreadySigned", { time: formatDateTime(ownSignature.signedAt), signer: ownSignature.signerName })}
            </Alert>
          ) : pledge.status === "OPEN" ? (
            <SignForm
              {...versioned}
              unitName={ownUnit.name}
              asHead={can.signAsHead}
              signerName={ownUnit.headName ?? (can.signAsHead ? signerName : "")}
              signerTitle={ownUnit.headTitle ?? ""}
              today={new Date()}
            />
          ) : (
            <p className="text-sm text-slate-600">{t("sign.notOpen")}</p>
          )}
        </Card>
      )}
      {pledge.status === "OPEN" && can.record && (
        <div id="record" className="scroll-mt-4">
          <Card title={t("record.title")}>
            {unsigned.length > 0 ? (
              // Keyed by the signatures so far: after each recording the form starts afresh.
              <RecordSignaturesForm
                key={signatures.length}
                {...versioned}
                units={unsigned}
                conferences={conferences}
                conferenceId={conferences.some((c) => c.id === wanted) ? wanted : null}
                today={new Date()}
              />
            ) : (
              <p className="text-sm text-slate-600">{t("record.allSigned")}</p>
            )}
          </Card>
        </div>
      )}
    </>
  );
}
