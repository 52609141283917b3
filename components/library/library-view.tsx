import { getTranslations } from "next-intl/server";
import type { Library } from "@/lib/library/queries";
import type { LibraryCan } from "@/lib/library/policy";
import type { LibraryKind } from "@/lib/generated/prisma/enums";
import { deleteDocumentAction, uploadDocumentFileAction } from "@/lib/library/actions";
import { LIBRARY_KINDS } from "@/lib/library/schemas";
import { formatDate } from "@/lib/format/vi";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { controlClass } from "@/components/ui/control";
import { UploadForm } from "@/components/attachments/upload-form";
import { CreateDocumentForm, EditDocumentButton } from "@/components/library/document-form";

type Props = { library: Library; filters: { q: string; kind: LibraryKind | null }; can: LibraryCan };

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A bloc's documents: a search by text and kind, the list, and for its keepers adding, editing and filing each one's file. */
export async function LibraryView({ library, filters, can }: Props) {
  const t = await getTranslations();
  const { bloc, documents } = library;
  const base = `/blocs/${bloc.id}/library`;
  const editable = new Set(can.editIds);
  const filtered = filters.q !== "" || filters.kind !== null;
  return (
    <>
      <PageHeader
        title={t("library.pageTitle", { bloc: bloc.name })}
        subtitle={t("library.intro")}
        crumbs={[
          { label: t("common.home"), href: "/" },
          { label: t("blocs.title"), href: "/blocs" },
          { label: bloc.name, href: `/blocs/${bloc.id}` },
          { label: t("library.title") },
        ]}
      />
      <div className="space-y-4">
        <form method="get" action={base} role="search" aria-label={t("library.search.label")} className="flex flex-wrap items-end gap-2">
          <label className="flex min-w-0 flex-1 basis-64 flex-col gap-1 text-sm font-medium text-slate-700">
            {t("library.search.label")}
            <input name="q" type="search" defaultValue={filters.q} placeholder={t("library.search.placeholder")} className={controlClass()} />
          </label>
          <label className="flex min-w-0 basis-48 flex-col gap-1 text-sm font-medium text-slate-700">
            {t("library.search.kind")}
            <select name="kind" defaultValue={filters.kind ?? ""} className={controlClass()}>
              <option value="">{t("library.search.allKinds")}</option>
              {LIBRARY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`library.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            {t("library.search.submit")}
          </button>
          {filtered && (
            <Link href={base} className={buttonClass("ghost")}>
              {t("library.search.clear")}
            </Link>
          )}
        </form>
        <Card title={t("library.count", { count: documents.length })}>
          {documents.length === 0 ? (
            <EmptyState title={filtered ? t("library.noMatch") : t("library.empty")} />
          ) : (
            <ul className="divide-y divide-slate-200">
              {documents.map((d) => (
                <li key={d.id} className="space-y-2 py-3 first:pt-0 last:pb-0">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone="sky">{t(`library.kinds.${d.kind}`)}</Badge>
                    {d.number && <span className="font-mono text-sm text-slate-700">{d.number}</span>}
                    <span className="text-sm text-slate-600">{formatDate(d.issuedOn)}</span>
                  </div>
                  <p className="break-words font-medium text-slate-900">{d.title}</p>
                  <p className="text-sm text-slate-600">{d.issuer}</p>
                  <p className="text-sm">
                    {d.file ? (
                      <a href={`/api/files/${d.file.id}`} className="break-all text-sky-700 underline">
                        {t("library.download")}: {d.file.fileName}
                      </a>
                    ) : (
                      <span className="text-slate-500">{t("library.noFile")}</span>
                    )}
                  </p>
                  {editable.has(d.id) && (
                    <div className="flex flex-wrap items-start gap-2">
                      <EditDocumentButton doc={{ ...d, issuedOn: iso(d.issuedOn) }} />
                      <ConfirmButton
                        action={deleteDocumentAction}
                        input={{ documentId: d.id }}
                        label={t("library.delete")}
                        ariaLabel={`${t("library.delete")}: ${d.title}`}
                        title={t("library.delete")}
                        message={t("library.deleteConfirm", { title: d.title })}
                      />
                      <details className="w-full">
                        <summary className="cursor-pointer text-sm text-sky-700">{t("library.replaceFile")}</summary>
                        <div className="pt-2">
                          <UploadForm ownerId={d.id} action={uploadDocumentFileAction} />
                        </div>
                      </details>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
        {can.add && (
          <Card title={t("library.add")}>
            <CreateDocumentForm years={library.years.filter((y) => can.yearIds.includes(y.id)).map((y) => ({ id: y.id, year: y.year }))} />
          </Card>
        )}
      </div>
    </>
  );
}
