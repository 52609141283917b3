import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppSession } from "@/lib/auth/session-types";
import { yearContextOf, yearContextSelect, type BlocYearContext } from "@/lib/blocs/year-context";
import type { IssueState } from "./act-date";
import type { DocSettings } from "./content/common";
import type { OfficialDocument } from "./model";

/*
 * What one kind of generated document is: where its data comes from, how it is drawn and named,
 * the subject it is generated from and when that subject issues it. One file per kind in
 * definitions/, listed in registry.ts; nothing else branches on the kind. Who may set a kind's
 * date is the permissions' business (DOCUMENT_DATE_PERMISSION, policy.ts).
 */
export type DocumentDefinition<Data, Status> = {
  /** The document's data for a caller who sees `visible` blocs; null when missing or not visible. */
  load: (id: string, visible: Prisma.BlocWhereInput, viewer: AppSession | null) => Promise<Data | null>;
  model: (data: Data, settings: DocSettings) => OfficialDocument;
  /** What the file is called: "giao ước thi đua", the bloc's or unit's code, the year or the day. */
  fileName: (data: Data) => { what: string; code: string; when: string };
  /** The row the document is generated from: its bloc year (select `subjectYear`) and what issues it. */
  subject: (client: Db | Tx, id: string) => Promise<{ blocYear: SubjectYear; status: Status } | null>;
  /** Whether that state has issued the document, so its date may no longer change. */
  issued: (status: Status) => boolean;
  /**
   * Beside the year's row, the row whose update issues the document, held FOR SHARE while its
   * date is set (subjects.ts). Prisma's query API has no FOR SHARE, hence SQL.
   */
  hold?: (tx: Tx, id: string) => Promise<unknown>;
};

/** The bloc year's columns every subject reads: its context for the permission check, and whether it is closed. */
export const subjectYear = { select: { ...yearContextSelect, status: true } } as const;
type SubjectYear = { status: string } & Parameters<typeof yearContextOf>[0];

export type DocumentSubject = { year: BlocYearContext; yearClosed: boolean; issue: IssueState };
export type BuiltDocument = { model: OfficialDocument; name: { what: string; code: string; when: string } };

/** A kind as the rest of the module uses it, its data type kept inside. */
export type DocumentKindEntry = {
  build: (id: string, visible: Prisma.BlocWhereInput, viewer: AppSession | null, settings: DocSettings) => Promise<BuiltDocument | null>;
  subject: (client: Db | Tx, id: string) => Promise<DocumentSubject | null>;
  hold: (tx: Tx, id: string) => Promise<void>;
};

/** The kind's entry, and its issue rule for the tests. */
export function defineDocument<Data, Status>(def: DocumentDefinition<Data, Status>): DocumentKindEntry & Pick<DocumentDefinition<Data, Status>, "issued"> {
  return {
    issued: def.issued,
    async build(id, visible, viewer, settings) {
      const data = await def.load(id, visible, viewer);
      return data && { model: def.model(data, settings), name: def.fileName(data) };
    },
    async subject(client, id) {
      const found = await def.subject(client, id);
      if (!found) return null;
      return { year: yearContextOf(found.blocYear), yearClosed: found.blocYear.status === "CLOSED", issue: { issued: def.issued(found.status) } };
    },
    async hold(tx, id) {
      await def.hold?.(tx, id);
    },
  };
}
