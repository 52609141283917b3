import { toDateInputValue } from "@/lib/format/vi";
import { defineDocument, subjectYear } from "../definition";
import { minutesDocument } from "../content/minutes";
import { loadMinutesDoc } from "../data";

/** Biên bản hội nghị: generated from the conference; issued only when its year closes. */
export const minutes = defineDocument({
  load: (id, visible) => loadMinutesDoc(id, visible),
  model: minutesDocument,
  fileName: (data) => ({ what: "biên bản hội nghị", code: data.blocYear.bloc.code, when: toDateInputValue(data.date) }),
  subject: async (c, id) => {
    const row = await c.conference.findUnique({ where: { id }, select: { blocYear: subjectYear } });
    return row && { blocYear: row.blocYear, status: null };
  },
  issued: () => false,
});
