import type { Db, Tx } from "@/lib/db";
import { readCouncilSettings } from "@/lib/council/settings";
import { mailer, senderAddress } from "./mailer";

export type DeliveryRun = {
  client: Db;
  /** The job's transaction: what it writes commits with the job marked done (lib/jobs/define.ts). */
  transaction: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;
  now: Date;
  /** The job's last attempt: a failure now is final. */
  final: boolean;
};

/**
 * Sends one recorded e-mail (the "send-email" job). Without SMTP_URL it is kept for the
 * administrator instead. A failure is written on the record and thrown, so the job runner tries
 * again later (30 s, 1 min, 2 min …); on the last attempt the record says FAILED. A record already
 * sent or kept is left alone: a job run twice sends once, but for a crash between the server's
 * answer and our write, when it is sent again with the same Message-ID.
 */
export async function sendDelivery(deliveryId: string, run: DeliveryRun): Promise<void> {
  const d = await run.client.notificationDelivery.findUnique({ where: { id: deliveryId }, include: { user: { select: { name: true } } } });
  if (!d || d.status !== "PENDING" || !d.address) return;
  const transport = mailer();
  const done = (data: { status: "SENT" | "KEPT" }) =>
    run.transaction((tx) =>
      tx.notificationDelivery.update({ where: { id: d.id }, data: { ...data, doneAt: run.now, error: null, attempts: { increment: 1 } } }),
    );
  if (!transport) return void (await done({ status: "KEPT" }));
  const { councilName } = await readCouncilSettings(run.client);
  try {
    await transport.sendMail({
      from: { name: councilName, address: senderAddress() },
      to: { name: d.user.name, address: d.address },
      subject: d.subject,
      text: d.text,
      html: d.html,
      messageId: `<${d.id}@thidua.notifications>`,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 1000) : String(error).slice(0, 1000);
    await run.client.notificationDelivery.update({
      where: { id: d.id },
      data: { attempts: { increment: 1 }, error: message, ...(run.final ? { status: "FAILED", doneAt: run.now } : {}) },
    });
    throw error;
  }
  await done({ status: "SENT" });
}
