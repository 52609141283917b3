import { getTranslations } from "next-intl/server";
import { DescriptionList } from "@/components/ui/card";
import { formatDate } from "@/lib/format/vi";

type Bloc = {
  code: string;
  kind: "KHOI" | "CUM";
  decisionNo: string | null;
  decisionDate: Date | null;
  decisionIssuer: string | null;
  description: string | null;
};

export async function BlocDetails({ bloc }: { bloc: Bloc }) {
  const t = await getTranslations("blocs");
  return (
    <DescriptionList
      items={[
        { label: t("fields.code"), value: <span className="font-mono">{bloc.code}</span> },
        { label: t("fields.kind"), value: t(`kind.${bloc.kind}`) },
        { label: t("fields.decisionNo"), value: bloc.decisionNo },
        { label: t("fields.decisionDate"), value: formatDate(bloc.decisionDate) },
        { label: t("fields.decisionIssuer"), value: bloc.decisionIssuer },
        { label: t("fields.description"), value: bloc.description && <span className="whitespace-pre-line">{bloc.description}</span> },
      ]}
    />
  );
}
