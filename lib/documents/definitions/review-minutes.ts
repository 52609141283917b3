import { defineDocument, subjectYear } from "../definition";
import { reviewMinutesDocument } from "../content/review-minutes";
import { loadReviewMinutesDoc } from "../data";

/**
 * Biên bản họp bình xét: generated from the ranking snapshot, part of the award dossier (its own
 * visibility, so it needs the viewer). Only the signed-off snapshot awaiting the board is still a
 * draft; approved, returned or reopened ones are history.
 */
export const reviewMinutes = defineDocument({
  load: (id, visible, viewer) => (viewer ? loadReviewMinutesDoc(id, visible, viewer) : Promise.resolve(null)),
  model: reviewMinutesDocument,
  fileName: (data) => ({ what: "biên bản bình xét", code: data.blocYear.bloc.code, when: String(data.blocYear.year) }),
  subject: (c, id) => c.rankingSnapshot.findUnique({ where: { id }, select: { status: true, blocYear: subjectYear } }),
  issued: (status) => status !== "SIGNED_OFF",
});
