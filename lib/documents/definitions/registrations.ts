import { defineDocument, subjectYear } from "../definition";
import { registrationsDocument } from "../content/registrations";
import { loadRegistrationsDoc } from "../report-data";

/** Bảng tổng hợp đăng ký thi đua: generated from the bloc year's submitted registrations; issued only when the year closes. */
export const registrations = defineDocument({
  load: (id, visible, viewer) => (viewer ? loadRegistrationsDoc(id, visible, viewer) : Promise.resolve(null)),
  model: registrationsDocument,
  fileName: (data) => ({ what: "bảng tổng hợp đăng ký thi đua", code: data.bloc.code, when: String(data.year) }),
  subject: async (c, id) => {
    const row = await c.blocYear.findUnique({ where: { id }, select: subjectYear.select });
    return row && { blocYear: row, status: null };
  },
  issued: () => false,
});
