import { getTranslations } from "next-intl/server";
import type { listCriteriaTemplates } from "@/lib/criteria/queries";
import { formatDateTime, formatNumber } from "@/lib/format/vi";
import { Card, EmptyState } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { CreateTemplateForm } from "@/components/criteria/template-form";

type Props = { templates: Awaited<ReturnType<typeof listCriteriaTemplates>>; can: { manage: boolean } };

/** Criteria templates kept by the board for every bloc; a bloc year copies from one. */
export async function TemplatesView({ templates, can }: Props) {
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={t("criteria.templates.title")}
        subtitle={t("criteria.templates.subtitle")}
        crumbs={[{ label: t("common.home"), href: "/" }, { label: t("criteria.templates.title") }]}
      />
      <div className="space-y-4">
        {can.manage && (
          <Card title={t("criteria.templates.new")}>
            <CreateTemplateForm />
          </Card>
        )}
        {templates.length === 0 ? (
          <EmptyState title={t("criteria.templates.empty")} hint={t(can.manage ? "criteria.templates.emptyHint" : "criteria.templates.emptyHintReader")} />
        ) : (
          <Card>
            <Table caption={t("criteria.templates.title")} frame="none">
              <THead>
                <Th>{t("criteria.templates.name")}</Th>
                <Th numeric>{t("criteria.templates.count")}</Th>
                <Th numeric>{t("criteria.templates.standard")}</Th>
                <Th>{t("criteria.templates.updatedAt")}</Th>
              </THead>
              <TBody>
                {templates.map((tpl) => (
                  <Tr key={tpl.id}>
                    <Td>
                      <Link href={`/criteria-templates/${tpl.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                        {tpl.name}
                      </Link>
                    </Td>
                    <Td numeric>{formatNumber(tpl.count)}</Td>
                    <Td numeric>{formatNumber(tpl.standard)}</Td>
                    <Td className="whitespace-nowrap tabular-nums">{formatDateTime(tpl.updatedAt)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </Card>
        )}
      </div>
    </>
  );
}
