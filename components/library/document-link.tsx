import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/vi";
import { Link } from "@/components/ui/link";

export type LinkedDocument = { id: string; number: string | null; title: string; issuedOn: Date };

/** Where another page cites a document of the bloc's library: a link into the library, found by its number (or title). */
export async function LibraryDocumentLink({ blocId, doc }: { blocId: string; doc: LinkedDocument }) {
  const t = await getTranslations("library");
  const title = [doc.number, doc.title].filter(Boolean).join(" – ");
  return (
    <p className="mt-3 text-sm">
      <Link href={`/blocs/${blocId}/library?q=${encodeURIComponent(doc.number ?? doc.title)}`} className="break-words text-sky-700 underline">
        {t("leadershipDecision", { title })}
      </Link>{" "}
      <span className="text-slate-600">({formatDate(doc.issuedOn)})</span>
    </p>
  );
}
