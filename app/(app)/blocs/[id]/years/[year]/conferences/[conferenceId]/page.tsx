import { notFound } from "next/navigation";
import { listAttachments } from "@/lib/attachments/queries";
import { loadYearPage } from "@/lib/blocs/year-page";
import { conferenceCan } from "@/lib/conferences/policy";
import { getConference } from "@/lib/conferences/queries";
import { pledgeStatusOfYear } from "@/lib/pledges/queries";
import { regulationInForce, regulationsAdoptedAt } from "@/lib/regulations/queries";
import { reportsPassedAt } from "@/lib/reports/queries";
import { ConferenceView } from "@/components/conferences/conference-view";

type Props = { params: Promise<{ id: string; year: string; conferenceId: string }> };

async function load(params: Props["params"]) {
  const { conferenceId } = await params;
  const page = await loadYearPage(params);
  const conference = page && (await getConference(page.session, page.by.id, conferenceId));
  return page && conference && { ...page, conference };
}

export async function generateMetadata({ params }: Props) {
  return { title: (await load(params))?.conference.title };
}

export default async function ConferencePage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { session, by, year, conference } = loaded;
  const [attachments, pledgeStatus, regulation, adopted, reports] = await Promise.all([
    listAttachments(session, "conference", conference.id),
    pledgeStatusOfYear(session, by.id),
    regulationInForce(session, by.blocId),
    regulationsAdoptedAt(session, conference.id),
    reportsPassedAt(session, conference.id),
  ]);
  return (
    <ConferenceView
      by={by}
      conference={conference}
      attachments={attachments}
      regulation={{ inForce: regulation, adoptedHere: adopted }}
      reportsPassed={reports}
      can={conferenceCan(session, year, pledgeStatus)}
    />
  );
}
