import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { getLibrary } from "@/lib/library/queries";
import { libraryCan } from "@/lib/library/policy";
import { readLibraryFilters } from "@/lib/library/schemas";
import { LibraryView } from "@/components/library/library-view";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  return { title: (await getTranslations("library"))("title") };
}

// ?q=<text>&kind=<kind>: the search box and the kind filter.
export default async function LibraryPage({ params, searchParams }: Props) {
  const session = await requireSession();
  const filters = readLibraryFilters(await searchParams);
  const library = await getLibrary(session, (await params).id, filters);
  if (!library) notFound();
  return <LibraryView library={library} filters={filters} can={libraryCan(session, library.years, library.documents)} />;
}
