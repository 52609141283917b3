import { formatDate } from "@/lib/format/vi";
import { defineEvent } from "../define";
import { membersStaff } from "../recipients";
import { yearFacts, yearParams } from "../year";

/** Adopted: every member unit's staff is told which regulation is now in force, and from when. */
export const regulationAdopted = defineEvent({
  audit: ["regulation.adopt"],
  async tell(tx, entry) {
    const regulation = entry.entityId
      ? await tx.regulation.findUnique({ where: { id: entry.entityId }, select: { id: true, blocYearId: true, title: true, adoptedOn: true } })
      : null;
    const year = regulation && (await yearFacts(tx, regulation.blocYearId));
    if (!regulation || !year) return null;
    return {
      blocYearId: year.id,
      subjectId: regulation.id,
      params: { ...yearParams(year), title: regulation.title, date: regulation.adoptedOn ? formatDate(regulation.adoptedOn) : "" },
      link: `/blocs/${year.blocId}/regulation`,
      recipients: await membersStaff(tx, year.id),
    };
  },
});
