import { getTranslations } from "next-intl/server";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import { carriesPledgeSigning } from "@/lib/conferences/quorum";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { yearHref } from "@/components/blocs/labels";
import type { Conference } from "@/components/conferences/conference-view";

/**
 * The way from a conference to the pledge: "record the signatures given here" for whoever records
 * them while the pledge is open (a pledge is signed at a conference of any kind), else, at a
 * signing conference, a link to the pledge.
 */
export async function PledgeSigningNotice({ by, conference, recordHere }: { by: BlocYearRow; conference: Conference; recordHere: boolean }) {
  const t = await getTranslations("conferences");
  const pledge = `${yearHref(by.blocId, by.year)}/pledge`;
  if (recordHere) {
    return (
      <Alert tone="info">
        <span className="flex flex-wrap items-center gap-2">
          {t("signHereHint")}
          <Link href={`${pledge}?conference=${conference.id}#record`} className="font-medium text-sky-900 underline">
            {t("signHere")}
          </Link>
        </span>
      </Alert>
    );
  }
  if (!carriesPledgeSigning(conference.kind)) return null;
  return (
    <Alert tone="info">
      <span className="flex flex-wrap items-center gap-2">
        {t("signingHint")}
        <Link href={pledge} className="font-medium text-sky-900 underline">
          {t("signingLink")}
        </Link>
      </span>
    </Alert>
  );
}
