// Demo conferences and an activity for the Nội chính bloc in 2026, modelled on the seed
// articles (a signing conference with guests, a mid-year review hosted by the deputy, a sports
// exchange for Quốc khánh). Written only when the year has none: users own them afterwards.
import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const YEAR = "year-noi-chinh-tinh-2026";
const U = {
  ttt: "unit-nc-thanh-tra-tinh",
  qs: "unit-nc-quan-su",
  cat: "unit-nc-cong-an",
  snv: "unit-nc-so-noi-vu",
  stp: "unit-nc-so-tu-phap",
  vks: "unit-nc-vien-kiem-sat",
  tand: "unit-nc-toa-an",
  thads: "unit-nc-thi-hanh-an",
};
const ALL = Object.values(U);

// Vietnam time, stored as an instant.
const at = (local: string) => new Date(`${local}:00+07:00`);

export async function seedMeetings(tx: Tx): Promise<void> {
  const year = await tx.blocYear.findUnique({ where: { id: YEAR }, select: { id: true } });
  if (!year || (await tx.conference.count({ where: { blocYearId: YEAR } })) > 0) return;

  await tx.conference.create({
    data: {
      id: "conf-noi-chinh-tinh-2026-signing",
      blocYearId: YEAR,
      kind: "SIGNING",
      title: "Hội nghị ký kết giao ước thi đua năm 2026",
      date: at("2026-02-27T08:00"),
      venue: "Hội trường Sở Nội vụ",
      hostUnitId: U.snv,
      chairName: "Lê Thị Thanh Hương",
      chairTitle: "Giám đốc Sở Nội vụ, Trưởng khối",
      secretaryName: "Nguyễn Thu Trang",
      secretaryTitle: "Chuyên viên Văn phòng Sở Nội vụ",
      endedAt: at("2026-02-27T11:00"),
      agenda: "Thông qua kế hoạch hoạt động năm 2026 của Khối\nCác đơn vị công bố đăng ký thi đua\nKý kết giao ước thi đua năm 2026",
      minutes:
        "Hội nghị đã thảo luận, thông qua kế hoạch hoạt động và nội dung giao ước thi đua năm 2026. Đại diện lãnh đạo các cơ quan trong Khối ký giao ước; các đơn vị chưa ký tại hội nghị sẽ ký bổ sung trên hệ thống.",
      guests: {
        create: [
          { position: 0, name: "Đại diện Ban Thi đua - Khen thưởng tỉnh", title: "Phó Trưởng ban", organisation: "Ban Thi đua - Khen thưởng, Sở Nội vụ" },
        ],
      },
      attendance: { create: ALL.map((unitId) => ({ unitId, status: "PRESENT" as const })) },
      decisions: {
        create: [
          {
            position: 0,
            content: "Thông qua kế hoạch hoạt động năm 2026 của Khối",
            needsVote: true,
            votesFor: 8,
            votesAgainst: 0,
            votesAbstain: 0,
            presentCount: 8,
            memberCount: 8,
          },
        ],
      },
    },
  });

  await tx.conference.create({
    data: {
      id: "conf-noi-chinh-tinh-2026-mid-year",
      blocYearId: YEAR,
      kind: "MID_YEAR",
      title: "Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026",
      date: at("2026-07-22T14:00"),
      venue: "Hội trường Sở Tư pháp",
      hostUnitId: U.stp,
      chairName: "Phạm Minh Đức",
      chairTitle: "Giám đốc Sở Tư pháp, Phó Trưởng khối",
      secretaryName: "Đỗ Văn Nam",
      secretaryTitle: "Chánh Văn phòng Sở Tư pháp",
      agenda: "Báo cáo kết quả 6 tháng đầu năm\nPhương hướng nhiệm vụ 6 tháng cuối năm\nThống nhất hoạt động giao lưu chào mừng Quốc khánh 2/9",
      attendance: {
        create: ALL.map((unitId) =>
          unitId === U.qs
            ? { unitId, status: "ABSENT" as const, absenceReason: "Tham gia diễn tập khu vực phòng thủ" }
            : { unitId, status: "PRESENT" as const },
        ),
      },
    },
  });

  await tx.activity.create({
    data: {
      id: "act-noi-chinh-tinh-2026-sport",
      blocYearId: YEAR,
      kind: "SPORT",
      title: "Giao lưu thể thao chào mừng 81 năm Cách mạng tháng Tám và Quốc khánh 2/9",
      date: new Date("2026-08-28T00:00:00.000Z"),
      hostUnitId: U.cat,
      description: "Thi đấu bóng đá, cầu lông và kéo co giữa các cơ quan trong Khối.",
      participants: { create: [U.cat, U.snv, U.stp, U.ttt, U.tand, U.vks].map((unitId) => ({ unitId })) },
    },
  });
}
