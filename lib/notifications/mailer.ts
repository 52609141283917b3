import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

/*
 * The SMTP connection notifications are sent through, from SMTP_URL (created on first use, kept
 * for the process: nodemailer opens a connection per message unless pooled, which is fine at a
 * council's volume). Without SMTP_URL there is none: e-mails are kept for the administrator.
 */
let transport: Transporter | null | undefined;

export function mailer(): Transporter | null {
  if (transport === undefined) transport = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : null;
  return transport;
}

export const senderAddress = () => env.SMTP_FROM;
