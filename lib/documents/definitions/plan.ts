import { defineDocument, subjectYear } from "../definition";
import { planDocument } from "../content/plan";
import { loadPlanDoc } from "../data";

/** Kế hoạch hoạt động: generated from the bloc year itself; issued only when the year closes. */
export const plan = defineDocument({
  load: (id, visible) => loadPlanDoc(id, visible),
  model: planDocument,
  fileName: (data) => ({ what: "kế hoạch hoạt động", code: data.blocYear.bloc.code, when: String(data.blocYear.year) }),
  subject: async (c, id) => {
    const row = await c.blocYear.findUnique({ where: { id }, select: subjectYear.select });
    return row && { blocYear: row, status: null };
  },
  issued: () => false,
});
