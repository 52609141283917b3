import type { Tx } from "@/lib/db";
import { formatDateTime } from "@/lib/format/vi";
import { defineEvent } from "../define";
import { membersStaff } from "../recipients";
import { yearFacts, yearParams, yearPath, type YearFacts } from "../year";

type ConferenceFacts = { id: string; title: string; date: Date; venue: string | null };

/** The words of a conference: its title, when and where ("hasVenue" picks the sentence without a place). */
export const conferenceParams = (year: YearFacts, c: ConferenceFacts) => ({
  ...yearParams(year),
  title: c.title,
  date: formatDateTime(c.date),
  venue: c.venue ?? "",
  hasVenue: c.venue ? "yes" : "no",
});

export const conferencePath = (year: YearFacts, conferenceId: string) => yearPath(year, `conferences/${conferenceId}`);

async function conferenceYear(tx: Tx, conferenceId: string | null) {
  const conference = conferenceId
    ? await tx.conference.findUnique({ where: { id: conferenceId }, select: { id: true, blocYearId: true, title: true, date: true, venue: true } })
    : null;
  const year = conference && (await yearFacts(tx, conference.blocYearId));
  return conference && year ? { conference, year } : null;
}

/** Scheduled: every member, with its date and venue (the day before, reminders.ts tells them again). */
export const conferenceScheduled = defineEvent({
  audit: ["conference.create"],
  async tell(tx, entry) {
    const found = await conferenceYear(tx, entry.entityId);
    if (!found) return null;
    const { conference, year } = found;
    return {
      blocYearId: year.id,
      subjectId: conference.id,
      params: conferenceParams(year, conference),
      link: conferencePath(year, conference.id),
      recipients: await membersStaff(tx, year.id),
    };
  },
});
