// The units' registrations announced at the signing conference (seed 000: "công bố đăng ký thi đua
// của các đơn vị"): the conference records that the compiled list (the submitted registrations,
// lib/registrations) was announced there. Once per bloc year, at a conference that carries the
// pledge signing, with at least one registration submitted; audited with the units it announced.
// Registrations are read through Prisma only: conferences does not import lib/registrations.
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError } from "@/lib/errors";
import { formatDate } from "@/lib/format/vi";
import { holdConference } from "@/lib/conferences/lock";
import { carriesPledgeSigning } from "@/lib/conferences/quorum";

export async function announceRegistrations(actor: AppSession, conferenceId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const conference = await holdConference(tx, conferenceId);
    if (!carriesPledgeSigning(conference.kind)) throw new DomainError("conferences.errors.announceNotSigning");
    if (conference.registrationsAnnouncedAt) throw new DomainError("conferences.errors.alreadyAnnounced");
    const elsewhere = await tx.conference.findFirst({
      where: { blocYearId: conference.blocYearId, registrationsAnnouncedAt: { not: null } },
      select: { title: true, date: true },
    });
    if (elsewhere) throw new DomainError("conferences.errors.announcedElsewhere", { title: elsewhere.title, date: formatDate(elsewhere.date) });
    const submitted = await tx.registration.findMany({
      where: { blocYearId: conference.blocYearId, status: "SUBMITTED" },
      select: { unitId: true },
      orderBy: { unitId: "asc" },
    });
    if (submitted.length === 0) throw new DomainError("conferences.errors.noRegistrations");
    await tx.conference.update({ where: { id: conferenceId }, data: { registrationsAnnouncedAt: now } });
    await writeAudit(tx, actor, {
      action: "conference.announceRegistrations",
      entityType: "Conference",
      entityId: conferenceId,
      before: { registrationsAnnouncedAt: null },
      after: { registrationsAnnouncedAt: now, unitIds: submitted.map((r) => r.unitId) },
    });
    return { id: conferenceId, count: submitted.length };
  });
}
