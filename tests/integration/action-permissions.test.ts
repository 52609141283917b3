import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { loadAppSession } from "@/lib/auth/session-user";
import type { AppSession } from "@/lib/auth/session-types";
import type { ActionResult } from "@/lib/actions/result";
import { seedDemo } from "../../prisma/seed/demo";

// The session read is the one thing replaced here: each call runs as a chosen demo user,
// loaded from the database exactly as getSession() loads it. Everything else is real.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const units = await import("@/lib/units/actions");
const blocs = await import("@/lib/blocs/actions");
const users = await import("@/lib/users/actions");
const council = await import("@/lib/council/actions");

const NC = "bloc-noi-chinh-tinh"; // assigned to bantdkt.khoi
const QN = "bloc-van-hoa-xa-hoi-quang-ninh"; // not assigned to bantdkt.khoi
const NC_2026 = "year-noi-chinh-tinh-2026";
const NC_2026_MEMBERS = [
  "unit-nc-thanh-tra-tinh",
  "unit-nc-quan-su",
  "unit-nc-cong-an",
  "unit-nc-so-noi-vu",
  "unit-nc-so-tu-phap",
  "unit-nc-vien-kiem-sat",
  "unit-nc-toa-an",
  "unit-nc-thi-hanh-an",
];

const CALLERS = ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "donvi", "thutruong", "truongkhoi", "phokhoi"] as const;
type Caller = (typeof CALLERS)[number];
const BOARD_ANY: Caller[] = ["admin", "bantdkt", "bantdkt.khoi"];
const BOARD_ALL: Caller[] = ["admin", "bantdkt"];

let n = 0;
const next = () => ++n;
// Its own counter: `n` also numbers the scratch years (2040 + n), which must stay below 2100.
let sameName = 0;
let carried = 0;

// `signedOut: true`: the one public action (a set-password link, where the token is the authority).
// `unaudited`: why an allowed call writes no audit entry (marking one's own notification read).
type Row = {
  name: string;
  run: (input: never) => Promise<ActionResult<unknown>>;
  input: () => Record<string, unknown>;
  allowed: Caller[];
  signedOut?: true;
  unaudited?: string;
};

const ROWS: Row[] = [
  { name: "createUnit", run: units.createUnitAction, input: () => ({ code: `T-${next()}`, name: `Sở Thử nghiệm ${n}`, shortName: "STN" }), allowed: BOARD_ANY },
  {
    // The name of a seeded unit, folded differently: created only with the confirm flag.
    name: "createUnit (same name, confirmed)",
    run: units.createUnitAction,
    input: () => ({ code: `TS-${++sameName}`, name: " sở tư  PHÁP ", shortName: "STP", confirm: "true" }),
    allowed: BOARD_ANY,
  },
  {
    name: "updateUnit",
    run: units.updateUnitAction,
    input: () => ({ id: "unit-nc-so-tu-phap", code: "NC-STP", name: "Sở Tư pháp", shortName: "Sở Tư pháp" }),
    allowed: BOARD_ANY,
  },
  { name: "archiveUnit", run: units.archiveUnitAction, input: () => ({ id: "unit-hg-ban-noi-chinh", archived: n++ % 2 === 0 }), allowed: BOARD_ANY },
  { name: "createBloc", run: blocs.createBlocAction, input: () => ({ code: `K-${next()}`, name: `Khối thử nghiệm ${n}`, kind: "KHOI" }), allowed: BOARD_ALL },
  {
    name: "createBloc (same name, confirmed)",
    run: blocs.createBlocAction,
    input: () => ({ code: `KS-${++sameName}`, name: "khối thi đua các cơ quan nội chính tỉnh", kind: "KHOI", confirm: "true" }),
    allowed: BOARD_ALL,
  },
  {
    name: "updateBloc (assigned)",
    run: blocs.updateBlocAction,
    input: () => ({ id: NC, code: "NOICHINH", name: "Khối thi đua các cơ quan Nội chính tỉnh", kind: "KHOI" }),
    allowed: BOARD_ANY,
  },
  {
    name: "updateBloc (not assigned)",
    run: blocs.updateBlocAction,
    input: () => ({ id: QN, code: "QN-VHXH", name: "Khối Văn hóa - Xã hội", kind: "KHOI" }),
    allowed: BOARD_ALL,
  },
  { name: "archiveBloc", run: blocs.archiveBlocAction, input: () => ({ id: QN, archived: n++ % 2 === 0 }), allowed: BOARD_ALL },
  { name: "setRotationOrder", run: blocs.setRotationOrderAction, input: () => ({ blocId: NC, unitIds: NC_2026_MEMBERS }), allowed: BOARD_ANY },
  { name: "createBlocYear", run: blocs.createBlocYearAction, input: () => ({ blocId: NC, year: 2040 + next(), copyMembers: "" }), allowed: BOARD_ANY },
  {
    name: "updateBlocYear",
    run: blocs.updateBlocYearAction,
    input: () => ({ blocYearId: NC_2026, status: "ACTIVE", theme: "Đoàn kết, sáng tạo" }),
    allowed: BOARD_ANY,
  },
  { name: "setMembers", run: blocs.setMembersAction, input: () => ({ blocYearId: NC_2026, unitIds: NC_2026_MEMBERS }), allowed: BOARD_ANY },
  {
    name: "setLeadership",
    run: blocs.setLeadershipAction,
    input: () => ({ blocYearId: NC_2026, leaderUnitId: "unit-nc-so-noi-vu", deputyUnitId: "unit-nc-so-tu-phap" }),
    allowed: BOARD_ANY,
  },
  {
    name: "confirmRotation",
    run: blocs.confirmRotationAction,
    input: () => ({ blocId: NC, fromYear: 2026, leaderUnitId: "unit-nc-so-tu-phap", deputyUnitId: "unit-nc-vien-kiem-sat" }),
    allowed: BOARD_ANY,
  },
  {
    name: "createUser",
    run: users.createUserAction,
    input: () => ({
      username: `nguoidung${next()}`,
      name: "Người dùng mới",
      role: "COUNCIL",
      password: "Lúa chín vàng 2026",
      passwordConfirm: "Lúa chín vàng 2026",
    }),
    allowed: ["admin"],
  },
  {
    name: "updateUser",
    run: users.updateUserAction,
    input: () => ({ id: "user-hoidong", username: "hoidong", name: "Lê Quang Huy", role: "COUNCIL" }),
    allowed: ["admin"],
  },
  {
    name: "resetPassword",
    run: users.resetPasswordAction,
    input: () => ({ id: "user-cumvien", password: "Lúa chín vàng 2026", passwordConfirm: "Lúa chín vàng 2026" }),
    allowed: ["admin"],
  },
  { name: "setUserActive", run: users.setUserActiveAction, input: () => ({ id: "user-phokhoi", active: n++ % 2 === 1 }), allowed: ["admin"] },
  {
    // Each caller changes their own (demo) password once; the account is the session's, never an id sent.
    name: "changeOwnPassword",
    run: users.changeOwnPasswordAction,
    input: () => ({ currentPassword: "Demo@2026", password: "Lúa chín vàng 2026", passwordConfirm: "Lúa chín vàng 2026" }),
    allowed: [...CALLERS],
  },
  // ── Accounts: set-password links and deleting what was created by mistake: rows in tests/support/account-rows.ts ──
  ...((await import("../support/account-rows")).accountRows as Row[]),
  // ── Sign-in sessions: one's own, and an administrator ending someone's: rows in tests/support/session-rows.ts ──
  ...((await import("../support/session-rows")).sessionRows as Row[]),
  // ── One's own notifications: rows in tests/support/notification-rows.ts ──
  ...((await import("../support/notification-rows")).notificationRows as Row[]),
  {
    name: "createBlocYear (with last year's leader and deputy)",
    run: blocs.createBlocYearAction,
    // NC 2028, 2029, 2030 for the three allowed callers: each copies the year before (2027 is the confirmRotation row's).
    input: () => ({ blocId: NC, year: 2027 + ++carried, copyMembers: "on", leadership: "proposal" }),
    allowed: BOARD_ANY,
  },
  {
    name: "updateCouncilSettings",
    run: council.updateCouncilSettingsAction,
    input: () => ({
      councilName: "Hội đồng Thi đua - Khen thưởng tỉnh Hà Nam",
      boardName: "Ban Thi đua - Khen thưởng",
      place: "Hà Nam",
      timeZone: "Asia/Ho_Chi_Minh",
      uploadQuotaMb: "500",
    }),
    allowed: ["admin"],
  },
  {
    name: "updateDocumentIssuers",
    run: council.updateDocumentIssuersAction,
    input: () => ({ pledge: "BLOC", plan: "BLOC_LEADER", minutes: "BLOC", "review-minutes": "BLOC", "award-submission": "LEADER_UNIT" }),
    allowed: ["admin"],
  },
  {
    name: "createLegalDocument",
    run: council.createLegalDocumentAction,
    input: () => ({ number: `${next()}/2022/QH15`, title: "Luật Thi đua, khen thưởng", issuedOn: "2022-06-15", inForceFrom: "2024-01-01", inForceUntil: "" }),
    allowed: ["admin"],
  },
  {
    name: "updateLegalDocument",
    run: council.updateLegalDocumentAction,
    input: () => ({
      id: "legal-test-update",
      number: "06/2022/QH15",
      title: "Luật Thi đua, khen thưởng",
      issuedOn: "2022-06-15",
      inForceFrom: "2024-01-01",
      inForceUntil: "",
    }),
    allowed: ["admin"],
  },
  { name: "deleteLegalDocument", run: council.deleteLegalDocumentAction, input: () => ({ id: "legal-test-delete" }), allowed: ["admin"] },
  // ── Conferences, activities and attachments (NC 2026: leader Sở Nội vụ = truongkhoi, deputy Sở Tư pháp = phokhoi) ──
  // Self-contained: fixtures with fixed ids are created on first use; "__fresh__" stands for a new row made just
  // for that call (what a delete consumes). Uploaded test files are deleted again at once.
  ...(await (async (): Promise<Row[]> => {
    const conferences = await import("@/lib/conferences/actions");
    const activities = await import("@/lib/activities/actions");
    const attachments = await import("@/lib/attachments/actions");
    const attachmentService = await import("@/lib/attachments/service");
    const { randomBytes } = await import("node:crypto");
    const CONF = "perm-conference";
    const DECISION = "perm-decision";
    const ACTIVITY = "perm-activity";
    const FRESH = "__fresh__";
    const managers: Caller[] = [...BOARD_ANY, "truongkhoi", "phokhoi"];
    const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
    async function fixtures() {
      await db.conference.upsert({
        where: { id: CONF },
        update: {},
        create: { id: CONF, blocYearId: NC_2026, kind: "YEAR_END", title: "Hội nghị tổng kết (kiểm thử quyền)", date: new Date("2026-12-18T01:00:00Z") },
      });
      await db.conferenceAttendance.createMany({
        data: NC_2026_MEMBERS.map((unitId) => ({ conferenceId: CONF, unitId, status: "PRESENT" as const })),
        skipDuplicates: true,
      });
      await db.conferenceDecision.upsert({
        where: { id: DECISION },
        update: {},
        create: { id: DECISION, conferenceId: CONF, position: 0, content: "Thông qua kết quả bình xét", needsVote: true },
      });
      await db.activity.upsert({
        where: { id: ACTIVITY },
        update: {},
        create: { id: ACTIVITY, blocYearId: NC_2026, kind: "SPORT", title: "Giải bóng chuyền", date: new Date("2026-05-19T00:00:00Z") },
      });
    }
    const make: Record<string, () => Promise<string>> = {
      conferenceId: async () => (await db.conference.create({ data: { blocYearId: NC_2026, kind: "OTHER", title: "Hội nghị tạm", date: new Date() } })).id,
      guestId: async () => (await fixtures(), (await db.conferenceGuest.create({ data: { conferenceId: CONF, position: 99, name: "Đại biểu tạm" } })).id),
      decisionId: async () => (
        await fixtures(),
        (await db.conferenceDecision.create({ data: { conferenceId: CONF, position: 99, content: "Kết luận tạm" } })).id
      ),
      activityId: async () =>
        (await db.activity.create({ data: { blocYearId: NC_2026, kind: "OTHER", title: "Hoạt động tạm", date: new Date("2026-06-01T00:00:00Z") } })).id,
      attachmentId: async () => {
        await fixtures();
        const storedName = `${randomBytes(16).toString("hex")}.pdf`;
        return (
          await db.attachment.create({
            data: { blocYearId: NC_2026, ownerType: "conference", ownerId: CONF, fileName: "tam.pdf", storedName, mimeType: "application/pdf", size: 1 },
          })
        ).id;
      },
    };
    const prepared = (run: (input: never) => Promise<ActionResult<unknown>>) => async (input: Record<string, unknown>) => {
      await fixtures();
      const fresh = Object.entries(input).filter(([k, v]) => v === FRESH && make[k]);
      for (const [k] of fresh) input = { ...input, [k]: await make[k]() };
      return run(input as never);
    };
    const upload = async (input: Record<string, unknown>) => {
      await fixtures();
      const form = new FormData();
      for (const [k, v] of Object.entries(input)) form.set(k, v instanceof Blob ? v : String(v));
      const result = await attachments.uploadAttachmentAction(form);
      if (result.ok) await attachmentService.deleteAttachment(sessions.get("admin")!, result.data.id);
      return result;
    };
    // A signing conference of NC 2026 not yet announced at, and a submitted registration to announce.
    const announce = async (input: Record<string, unknown>) => {
      const SIGNING = "perm-signing";
      await db.conference.upsert({
        where: { id: SIGNING },
        update: {},
        create: { id: SIGNING, blocYearId: NC_2026, kind: "SIGNING", title: "Hội nghị ký kết (kiểm thử quyền)", date: new Date("2026-03-31T01:00:00Z") },
      });
      await db.conference.updateMany({ where: { blocYearId: NC_2026 }, data: { registrationsAnnouncedAt: null } });
      await db.registration.upsert({
        where: { blocYearId_unitId: { blocYearId: NC_2026, unitId: "unit-nc-quan-su" } },
        update: {},
        create: { blocYearId: NC_2026, unitId: "unit-nc-quan-su", status: "SUBMITTED", submittedAt: new Date(), headApprovedBy: "Thủ trưởng" },
      });
      return conferences.announceRegistrationsAction((input.conferenceId === FRESH ? { conferenceId: SIGNING } : input) as never);
    };
    const conf = { kind: "YEAR_END", title: "Hội nghị tổng kết công tác thi đua năm 2026", date: "2026-12-18T08:00", venue: "Sở Nội vụ" };
    const allPresent = NC_2026_MEMBERS.map((unitId) => ({ unitId, status: "PRESENT", absenceReason: "", representativeName: "" }));
    return [
      {
        name: "createConference",
        run: conferences.createConferenceAction,
        input: () => ({ blocYearId: NC_2026, ...conf, kind: "MID_YEAR" }),
        allowed: managers,
      },
      { name: "updateConference", run: prepared(conferences.updateConferenceAction), input: () => ({ conferenceId: CONF, ...conf }), allowed: managers },
      { name: "deleteConference", run: prepared(conferences.deleteConferenceAction), input: () => ({ conferenceId: FRESH }), allowed: managers },
      {
        name: "setMinutes",
        run: prepared(conferences.setMinutesAction),
        input: () => ({ conferenceId: CONF, minutes: `Biên bản ${next()}` }),
        allowed: managers,
      },
      {
        name: "addGuest",
        run: prepared(conferences.addGuestAction),
        input: () => ({ conferenceId: CONF, name: "Lại Thái Hoàn", title: "Phó Trưởng ban" }),
        allowed: managers,
      },
      { name: "announceRegistrations", run: announce, input: () => ({ conferenceId: FRESH }), allowed: managers },
      { name: "removeGuest", run: prepared(conferences.removeGuestAction), input: () => ({ guestId: FRESH }), allowed: managers },
      { name: "saveAttendance", run: prepared(conferences.saveAttendanceAction), input: () => ({ conferenceId: CONF, rows: allPresent }), allowed: managers },
      {
        name: "addDecision",
        run: prepared(conferences.addDecisionAction),
        input: () => ({ conferenceId: CONF, content: "Thống nhất kế hoạch", needsVote: "on" }),
        allowed: managers,
      },
      {
        name: "updateDecision",
        run: prepared(conferences.updateDecisionAction),
        input: () => ({ decisionId: DECISION, content: "Thông qua kết quả bình xét", needsVote: "on" }),
        allowed: managers,
      },
      { name: "removeDecision", run: prepared(conferences.removeDecisionAction), input: () => ({ decisionId: FRESH }), allowed: managers },
      {
        name: "recordVote",
        run: prepared(conferences.recordVoteAction),
        input: () => ({ decisionId: DECISION, votesFor: "7", votesAgainst: "0", votesAbstain: "1" }),
        allowed: managers,
      },
      {
        name: "setNextLeadership",
        run: prepared(conferences.setNextLeadershipAction),
        input: () => ({ conferenceId: CONF, nextLeaderUnitId: "unit-nc-so-tu-phap", nextDeputyUnitId: "unit-nc-vien-kiem-sat" }),
        allowed: managers,
      },
      {
        name: "createActivity",
        run: activities.createActivityAction,
        input: () => ({
          blocYearId: NC_2026,
          kind: "SPORT",
          title: "Giao lưu bóng đá",
          date: "2026-05-19",
          hostUnitId: "unit-nc-cong-an",
          participantIds: NC_2026_MEMBERS.slice(0, 3),
        }),
        allowed: managers,
      },
      {
        name: "updateActivity",
        run: prepared(activities.updateActivityAction),
        input: () => ({ activityId: ACTIVITY, kind: "CULTURE", title: "Liên hoan văn nghệ", date: "2026-09-02", participantIds: NC_2026_MEMBERS }),
        allowed: managers,
      },
      { name: "deleteActivity", run: prepared(activities.deleteActivityAction), input: () => ({ activityId: FRESH }), allowed: managers },
      {
        name: "uploadAttachment",
        run: upload,
        input: () => ({ ownerType: "conference", ownerId: CONF, file: new File([PNG], "anh-hoi-nghi.png") }),
        allowed: managers,
      },
      {
        name: "uploadAttachment (activity)",
        run: upload,
        input: () => ({ ownerType: "activity", ownerId: ACTIVITY, file: new File([PNG], "anh.png") }),
        allowed: managers,
      },
      { name: "deleteAttachment", run: prepared(attachments.deleteAttachmentAction), input: () => ({ attachmentId: FRESH }), allowed: managers },
    ];
  })()),
  // ── Year plan and pledge: rows in tests/support/year-work-rows.ts (NC 2026 plan; a scratch NC 2035 pledge led by truongkhoi's unit) ──
  ...((await import("../support/year-work-rows")).yearWorkRows as Row[]),
  // ── Criteria sets: rows in tests/support/criteria-rows.ts (scratch NC 2038 and 2039 sets; a template) ──
  ...((await import("../support/criteria-rows")).criteriaRows as Row[]),
  // ── Scoring: rows in tests/support/scoring-rows.ts (a scratch NC 2036 year with a published set, an open round, sheets of Thanh tra and Công an) ──
  ...((await import("../support/scoring-rows")).scoringRows as Row[]),
  // ── Ranking: rows in tests/support/ranking-rows.ts (a scratch NC 2033 year, every member submitted) ──
  ...((await import("../support/ranking-rows")).rankingRows as Row[]),
  // ── Giải trình: rows in tests/support/explanation-rows.ts (a scratch NC 2032 year, Thanh tra's leaf cut in review) ──
  ...((await import("../support/explanation-rows")).explanationRows as Row[]),
  // ── Awards: rows in tests/support/award-rows.ts (catalogue forms; a scratch NC 2037 year with an approved ranking, quotas and a proposal) ──
  ...((await import("../support/award-rows")).awardRows as Row[]),
  // ── The bloc's library and regulation: rows in tests/support/library-rows.ts (NC 2026, kept by the board and the leader) ──
  ...((await import("../support/library-rows")).libraryRows(() => sessions.get("admin")!) as Row[]),
  // ── Registration: rows in tests/support/registration-rows.ts (a scratch NC 2034 year, open) ──
  ...((await import("../support/registration-rows")).registrationRows as Row[]),
  // ── Periodic reports: rows in tests/support/report-rows.ts (a scratch NC 2019 year with its 6-month report) ──
  ...((await import("../support/report-rows")).reportRows(() => sessions.get("admin")!) as Row[]),
  // ── Achievement reports: rows in tests/support/achievement-report-rows.ts (a scratch NC 2031 year; each member unit writes its own) ──
  ...((await import("../support/achievement-report-rows")).achievementReportRows as Row[]),
  // ── Reorganisation: rows in tests/support/reorg-rows.ts (scratch units; a scratch bloc year 2030); all-blocs board only ──
  ...((await import("../support/reorg-rows")).reorgRows(BOARD_ALL) as Row[]),
  // ── The date a document carries, set before issue: by whoever prepares it (the plan's keepers; the conference's organisers) ──
  ...(await (async (): Promise<Row[]> => {
    const documents = await import("@/lib/documents/actions");
    const day = () => `2026-01-${String((next() % 28) + 1).padStart(2, "0")}`;
    return [
      {
        name: "setDocumentDate (plan)",
        run: documents.setDocumentDateAction,
        input: () => ({ kind: "plan", subjectId: NC_2026, date: day() }),
        allowed: [...BOARD_ANY, "truongkhoi"],
      },
      {
        name: "setDocumentDate (minutes)",
        run: documents.setDocumentDateAction,
        input: () => ({ kind: "minutes", subjectId: "conf-noi-chinh-tinh-2026-mid-year", date: "2026-07-22" }),
        allowed: [...BOARD_ANY, "truongkhoi", "phokhoi"],
      },
      // The number in the bloc's register: whoever prepares the document (a typed number is idempotent for the same document).
      {
        name: "takeDocumentNumber (plan)",
        run: documents.takeDocumentNumberAction,
        input: () => ({ kind: "plan", subjectId: NC_2026, number: "" }),
        allowed: [...BOARD_ANY, "truongkhoi"],
      },
      {
        name: "takeDocumentNumber (minutes)",
        run: documents.takeDocumentNumberAction,
        input: () => ({ kind: "minutes", subjectId: "conf-noi-chinh-tinh-2026-mid-year", number: "" }),
        allowed: [...BOARD_ANY, "truongkhoi", "phokhoi"],
      },
    ];
  })()),
  // ── A document's signed copy: filed by whoever prepares it (the plan's keepers), a scan here ──
  ...(await (async (): Promise<Row[]> => {
    const signed = await import("@/lib/signed-copies/actions");
    const { randomBytes } = await import("node:crypto");
    const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const plan = { kind: "plan", subjectId: NC_2026 } as const;
    const upload = async (input: Record<string, unknown>) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(input)) form.set(k, v instanceof Blob ? v : String(v));
      return signed.uploadSignedCopyAction(form);
    };
    // The copy to remove, written with plain prisma (no audit entry; no bytes, which removal tolerates).
    const withCopy = async (input: Record<string, unknown>) => {
      if (!(await db.signedCopy.findUnique({ where: { kind_subjectId: plan } }))) {
        const file = await db.attachment.create({
          data: {
            blocYearId: NC_2026,
            ownerType: "signed-copy",
            ownerId: `plan:${NC_2026}`,
            fileName: "ban-chup.png",
            storedName: `${randomBytes(16).toString("hex")}.png`,
            mimeType: "image/png",
            size: PNG.length,
          },
        });
        await db.signedCopy.create({ data: { ...plan, blocYearId: NC_2026, attachmentId: file.id, verdict: "SCAN", signatures: [] } });
      }
      return signed.removeSignedCopyAction(input as never);
    };
    return [
      {
        name: "uploadSignedCopy (plan)",
        run: upload,
        input: () => ({ ...plan, file: new File([PNG], "ke-hoach-da-ky.png") }),
        allowed: [...BOARD_ANY, "truongkhoi"],
      },
      { name: "removeSignedCopy (plan)", run: withCopy, input: () => ({ ...plan }), allowed: [...BOARD_ANY, "truongkhoi"] },
    ];
  })()),
];

const sessions = new Map<Caller, AppSession>();

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  const legal = { title: "Luật Thi đua, khen thưởng", issuedOn: new Date("2022-06-15"), inForceFrom: new Date("2024-01-01") };
  await db.legalDocument.createMany({ data: ["legal-test-update", "legal-test-delete"].map((id) => ({ id, number: id, ...legal })) });
  for (const username of CALLERS) {
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    sessions.set(username, (await loadAppSession(db, user.id))!);
  }
});

async function call(row: Row, caller: Caller | null) {
  current.session = caller ? sessions.get(caller)! : null;
  const before = await db.auditLog.count();
  const result = await row.run(row.input() as never);
  return { result, audited: (await db.auditLog.count()) - before };
}

describe.each(ROWS)("$name", (row) => {
  it.each(CALLERS)("as %s", async (caller) => {
    const { result, audited } = await call(row, caller);
    if (row.allowed.includes(caller)) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      if (row.unaudited) expect(audited).toBe(0);
      else expect(audited).toBeGreaterThan(0);
    } else {
      expect(result).toEqual({ ok: false, error: "errors.forbidden" });
      expect(audited).toBe(0);
    }
  });

  it(row.signedOut ? "serves a signed-out caller" : "refuses a signed-out caller", async () => {
    const { result, audited } = await call(row, null);
    if (row.signedOut) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(audited).toBeGreaterThan(0);
    } else {
      expect(result).toEqual({ ok: false, error: "errors.unauthenticated" });
      expect(audited).toBe(0);
    }
  });

  it("refuses malformed input with field errors and changes nothing", async () => {
    current.session = sessions.get("admin")!;
    const before = await db.auditLog.count();
    const result = await row.run({ id: 42, year: "năm nay", code: "", unitIds: "x".repeat(5000) } as never);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ error: "errors.validation" });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors).length).toBeGreaterThan(0);
    expect(await db.auditLog.count()).toBe(before);
  });
});

it("refuses ids that do not exist without a server error", async () => {
  current.session = sessions.get("admin")!;
  expect(await blocs.setMembersAction({ blocYearId: "khong-ton-tai", unitIds: [] } as never)).toEqual({ ok: false, error: "errors.notFound" });
  expect(await units.updateUnitAction({ id: "khong-ton-tai", code: "X", name: "X", shortName: "X" } as never)).toEqual({ ok: false, error: "errors.notFound" });
});

// A new action without a row fails here: every function exported by lib/*/actions.ts needs a row
// named after it ("createUnit" or "createUnit (case)" for createUnitAction).
it("has a row for every exported server action", async () => {
  const lib = path.resolve(import.meta.dirname, "../../lib");
  const exported: string[] = [];
  for (const domain of readdirSync(lib)
    .filter((d) => existsSync(path.join(lib, d, "actions.ts")))
    .sort()) {
    const mod = (await import(path.join(lib, domain, "actions.ts"))) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) if (typeof fn === "function") exported.push(name);
  }
  const rowNames = new Set(ROWS.map((r) => `${r.name.split(" ")[0]}Action`));
  const missing = exported.filter((name) => !rowNames.has(name));
  console.info(`[permission-matrix] actions covered: ${exported.length - missing.length}/${exported.length}, rows: ${ROWS.length}`);
  expect(missing).toEqual([]);
  expect(exported.length).toBeGreaterThan(80);
});
