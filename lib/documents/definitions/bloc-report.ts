import { defineDocument, subjectYear } from "../definition";
import { blocReportDocument } from "../content/bloc-report";
import { loadBlocReportDoc } from "../report-data";

/** Báo cáo sơ kết 6 tháng / tổng kết năm of the bloc: generated from the report round; issued once a conference passed it. */
export const blocReport = defineDocument({
  load: (id, visible) => loadBlocReportDoc(id, visible),
  model: blocReportDocument,
  fileName: (data) => ({
    what: data.kind === "MID_YEAR" ? "báo cáo sơ kết 6 tháng" : "báo cáo tổng kết năm",
    code: data.blocYear.bloc.code,
    when: String(data.blocYear.year),
  }),
  subject: (c, id) =>
    c.reportRound
      .findUnique({ where: { id }, select: { passedAt: true, blocYear: subjectYear } })
      .then((r) => r && { blocYear: r.blocYear, status: r.passedAt }),
  issued: (passedAt) => passedAt !== null,
  // Passing the summary UPDATEs the round.
  hold: (tx, id) => tx.$queryRaw`SELECT id FROM "ReportRound" WHERE id = ${id} FOR SHARE`,
});
