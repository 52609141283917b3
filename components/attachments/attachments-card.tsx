import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { deleteAttachmentAction } from "@/lib/attachments/actions";
import { formatFileSize, isImageMime } from "@/lib/attachments/file-types";
import type { OwnerType } from "@/lib/attachments/schemas";
import { formatDateTime, formatNumber } from "@/lib/format/vi";
import { UploadForm } from "@/components/attachments/upload-form";

type Attachment = { id: string; fileName: string; mimeType: string; size: number; createdAt: Date; uploadedBy: { name: string } | null };

/** Photos and files of a conference or activity: download for readers, upload and delete for managers. */
export async function AttachmentsCard({
  ownerType,
  ownerId,
  attachments,
  manage,
}: {
  ownerType: OwnerType;
  ownerId: string;
  attachments: Attachment[];
  manage: boolean;
}) {
  const t = await getTranslations("attachments");
  return (
    <Card title={t("title")}>
      <div className="space-y-4">
        {attachments.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {attachments.map((a) => {
              const href = `/api/files/${a.id}`;
              const size = formatFileSize(a.size);
              return (
                <li key={a.id} className="flex flex-wrap items-center gap-3 px-3 py-2">
                  {isImageMime(a.mimeType) && (
                    // A plain <img>: the image optimiser would fetch without the user's session and get a 404.
                    // eslint-disable-next-line @next/next/no-img-element
                    <img src={href} alt={a.fileName} loading="lazy" className="h-16 w-16 rounded border border-slate-200 object-cover" />
                  )}
                  <div className="min-w-0 flex-1 text-sm">
                    <a href={href} download className="break-all font-medium text-sky-800 hover:underline">
                      {a.fileName}
                    </a>
                    <div className="text-xs text-slate-600">
                      {t("meta", {
                        size: formatNumber(size.value, 1),
                        unit: size.unit,
                        time: formatDateTime(a.createdAt),
                        name: a.uploadedBy?.name ?? t("unknownUploader"),
                      })}
                    </div>
                  </div>
                  {manage && (
                    <ConfirmButton
                      action={deleteAttachmentAction}
                      input={{ attachmentId: a.id }}
                      label={t("delete")}
                      title={t("deleteTitle")}
                      message={t("deleteConfirm", { name: a.fileName })}
                      confirmLabel={t("delete")}
                      variant="secondary"
                    />
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {manage && (
          <div className="border-t border-slate-200 pt-4">
            <UploadForm ownerType={ownerType} ownerId={ownerId} />
          </div>
        )}
      </div>
    </Card>
  );
}
