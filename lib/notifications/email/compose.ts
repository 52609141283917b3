import { eventText, viNotifications as t } from "../translator";

/*
 * The e-mails, as plain text and HTML with the same words (Vietnamese, UTF-8; nodemailer encodes
 * the subject and bodies so the diacritics arrive intact). Links are absolute from the public
 * address: a link in an e-mail has no page to be relative to.
 */

export type MailItem = { kind: string; params: Record<string, string>; link: string };
export type Mail = { subject: string; text: string; html: string };

const ACCOUNT_PATH = "/account";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The public address joined to an app path; without one the path stays relative (the outbox still shows it). */
export const absoluteUrl = (baseUrl: string | undefined, path: string) => `${(baseUrl ?? "").replace(/\/+$/, "")}${path}`;

function page(councilName: string, inner: string, footer: string) {
  return [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeHtml(councilName)}</title></head>`,
    '<body style="margin:0;padding:16px;background:#f1f5f9;font-family:Arial,Helvetica,sans-serif;color:#0f172a">',
    '<div style="max-width:600px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px;padding:20px">',
    `<p style="margin:0 0 12px;font-size:12px;text-transform:uppercase;color:#475569">${escapeHtml(councilName)}</p>`,
    inner,
    `<p style="margin:20px 0 0;font-size:12px;color:#64748b">${footer}</p>`,
    "</div></body></html>",
  ].join("");
}

function footer(baseUrl: string | undefined) {
  const url = absoluteUrl(baseUrl, ACCOUNT_PATH);
  const app = t("email.app");
  const text = t("email.footer", { app, url });
  return { text, html: escapeHtml(text) };
}

/** One notification, sent at once. */
export function composeOne(item: MailItem, to: { name: string }, ctx: { councilName: string; baseUrl?: string }): Mail {
  const { title, body } = eventText(item.kind, item.params);
  const url = absoluteUrl(ctx.baseUrl, item.link);
  const greeting = t("email.greeting", { name: to.name });
  const foot = footer(ctx.baseUrl);
  const text = [greeting, "", body, "", `${t("email.open")}: ${url}`, "", "--", ctx.councilName, foot.text, ""].join("\n");
  const html = page(
    ctx.councilName,
    [
      `<h1 style="margin:0 0 12px;font-size:18px">${escapeHtml(title)}</h1>`,
      `<p>${escapeHtml(greeting)}</p>`,
      `<p>${escapeHtml(body)}</p>`,
      `<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#075985;color:#ffffff;padding:8px 14px;border-radius:6px;text-decoration:none">${escapeHtml(t("email.open"))}</a></p>`,
      `<p style="font-size:12px;color:#475569">${escapeHtml(url)}</p>`,
    ].join(""),
    foot.html,
  );
  return { subject: title, text, html };
}

/** The day's notifications in one e-mail, oldest first. */
export function composeDigest(items: MailItem[], to: { name: string }, ctx: { councilName: string; baseUrl?: string; day: string }): Mail {
  const subject = t("email.digestSubject", { day: ctx.day, count: String(items.length) });
  const greeting = t("email.greeting", { name: to.name });
  const foot = footer(ctx.baseUrl);
  const entries = items.map((item) => ({ ...eventText(item.kind, item.params), url: absoluteUrl(ctx.baseUrl, item.link) }));
  const text = [
    greeting,
    "",
    t("email.digestIntro", { day: ctx.day }),
    "",
    ...entries.flatMap((e, i) => [`${i + 1}. ${e.title}`, `   ${e.body}`, `   ${e.url}`, ""]),
    "--",
    ctx.councilName,
    foot.text,
    "",
  ].join("\n");
  const list = entries
    .map(
      (e) =>
        `<li style="margin:0 0 12px"><a href="${escapeHtml(e.url)}" style="font-weight:bold;color:#075985">${escapeHtml(e.title)}</a><br>${escapeHtml(e.body)}</li>`,
    )
    .join("");
  const html = page(
    ctx.councilName,
    `<h1 style="margin:0 0 12px;font-size:18px">${escapeHtml(subject)}</h1><p>${escapeHtml(greeting)}</p><p>${escapeHtml(t("email.digestIntro", { day: ctx.day }))}</p><ol style="padding-left:20px">${list}</ol>`,
    foot.html,
  );
  return { subject, text, html };
}
