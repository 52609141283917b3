import { defineDocument, subjectYear } from "../definition";
import { achievementReportDocument } from "../content/achievement-report";
import { loadAchievementReportDoc } from "../data";
import { proposalIssued } from "./award-submission";

/** Báo cáo thành tích: generated from one nominee, named after its unit; issued with the proposal it belongs to. */
export const achievementReport = defineDocument({
  load: (id, visible, viewer) => (viewer ? loadAchievementReportDoc(id, visible, viewer) : Promise.resolve(null)),
  model: achievementReportDocument,
  fileName: (data) => ({ what: "báo cáo thành tích", code: data.nominee.unit.code, when: String(data.blocYear.year) }),
  subject: async (c, id) => {
    const row = await c.awardNominee.findUnique({ where: { id }, select: { proposal: { select: { status: true, blocYear: subjectYear } } } });
    return row && row.proposal;
  },
  issued: proposalIssued,
  hold: (tx, id) => tx.$queryRaw`SELECT p.id FROM "AwardProposal" p JOIN "AwardNominee" n ON n."proposalId" = p.id WHERE n.id = ${id} FOR SHARE OF p`,
});
