import { defineDocument, subjectYear } from "../definition";
import { pledgeDocument } from "../content/pledge";
import { loadPledgeDoc } from "../data";

/** Giao ước thi đua: generated from the pledge, issued once every member has signed it. */
export const pledge = defineDocument({
  load: (id, visible) => loadPledgeDoc(id, visible),
  model: pledgeDocument,
  fileName: (data) => ({ what: "giao ước thi đua", code: data.blocYear.bloc.code, when: String(data.blocYear.year) }),
  subject: (c, id) => c.pledge.findUnique({ where: { id }, select: { status: true, blocYear: subjectYear } }),
  issued: (status) => status === "SIGNED",
  // Signing UPDATEs the pledge: a date being set lands before it or sees it signed.
  hold: (tx, id) => tx.$queryRaw`SELECT id FROM "Pledge" WHERE id = ${id} FOR SHARE`,
});
