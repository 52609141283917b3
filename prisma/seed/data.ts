// Demo data: the five blocs of the seed articles (docs/DOMAIN.md, "The reports behind the demo
// data"), living together in one council's deployment. Pure data, fixed ids, no I/O:
// prisma/seed/demo.ts writes it. Units the articles name keep the article's wording (and the head,
// where the article names one); units an article only counts are invented for the sector and marked
// isSample.
import type { BlocKind, BlocYearStatus, Role } from "../../lib/generated/prisma/enums";

export const DEMO_PASSWORD = "Demo@2026";
export const CURRENT_YEAR = 2026;

export type DemoUnit = {
  id: string;
  code: string;
  name: string;
  shortName: string;
  headName?: string;
  headTitle?: string;
  isSample: boolean;
};

export type DemoBlocYear = {
  id: string;
  year: number;
  status: BlocYearStatus;
  leaderUnitId: string;
  deputyUnitId: string;
  memberUnitIds: string[];
  theme?: string;
  slogan?: string;
  motto?: string;
};

export type DemoLeadershipDecision = {
  id: string;
  year: number;
  leaderUnitId: string;
  deputyUnitId: string;
  proposedLeaderUnitId: string;
  proposedDeputyUnitId: string;
  decisionNo: string;
  /** yyyy-MM-dd */
  decisionDate: string;
};

export type DemoBloc = {
  id: string;
  code: string;
  name: string;
  kind: BlocKind;
  decisionNo?: string;
  /** yyyy-MM-dd */
  decisionDate?: string;
  decisionIssuer?: string;
  description: string;
  /** The seed article this bloc comes from. */
  source: string;
  units: DemoUnit[];
  /** Standing rotation order; includes units that have left (the planner skips them). */
  rotation: string[];
  years: DemoBlocYear[];
  decisions: DemoLeadershipDecision[];
};

export type DemoUser = {
  id: string;
  username: string;
  name: string;
  title: string;
  role: Role;
  unitId?: string;
  isUnitHead: boolean;
  allBlocs: boolean;
  /** BoardAssignment rows (BOARD users with allBlocs false). */
  blocIds: string[];
  /** What signing in with this account shows (for the README). */
  description: string;
};

const unit = (
  id: string,
  code: string,
  name: string,
  shortName: string,
  extra: Partial<Pick<DemoUnit, "headName" | "headTitle">> & { sample?: boolean } = {},
): DemoUnit => ({
  id,
  code,
  name,
  shortName,
  headName: extra.headName,
  headTitle: extra.headTitle,
  isSample: extra.sample ?? true,
});

const yearRow = (
  blocId: string,
  year: number,
  leaderUnitId: string,
  deputyUnitId: string,
  memberUnitIds: string[],
  words: Pick<DemoBlocYear, "theme" | "slogan" | "motto"> = {},
): DemoBlocYear => ({
  id: `${blocId.replace(/^bloc-/, "year-")}-${year}`,
  year,
  status: year === CURRENT_YEAR ? "ACTIVE" : "CLOSED",
  leaderUnitId,
  deputyUnitId,
  memberUnitIds,
  ...words,
});

// Decisions confirm the rotation planner's proposal unchanged (no override in the demo).
const decision = (blocId: string, year: number, leaderUnitId: string, deputyUnitId: string, no: number, date: string): DemoLeadershipDecision => ({
  id: `${blocId.replace(/^bloc-/, "decision-")}-${year}`,
  year,
  leaderUnitId,
  deputyUnitId,
  proposedLeaderUnitId: leaderUnitId,
  proposedDeputyUnitId: deputyUnitId,
  decisionNo: `${String(no).padStart(2, "0")}/QĐ-HĐTĐKT`,
  decisionDate: date,
});

// ── 000: Khối thi đua Nội chính, Hà Nam (2021, 09 đơn vị, Sở Nội vụ Trưởng khối) ──────────────
// The one bloc whose membership changes: in 2026 Hội Luật gia leaves (it would have been deputy,
// so the rotation skips it) and Đoàn Luật sư joins at the end of the rotation.
// Hà Nam merged into the new tỉnh Ninh Bình on 01/07/2025 (prisma/seed/province-merger.ts): the
// units carry on under their Ninh Bình names, written here as the current name; their Hà Nam
// names are past names (UnitName) ending on that day. Hội Luật gia, out of the blocs in 2026,
// is left as it was: the board has not recorded its merger (tests/e2e/reorganisation.spec.ts does).
// The article's head of Sở Nội vụ headed it in 2021: not named as the merged department's head.
const HN = {
  snv: unit("unit-hn-so-noi-vu", "HN-SNV", "Sở Nội vụ tỉnh Ninh Bình", "Sở Nội vụ", {
    sample: false,
    headTitle: "Giám đốc Sở Nội vụ",
  }),
  ttt: unit("unit-hn-thanh-tra", "HN-TTT", "Thanh tra tỉnh Ninh Bình", "Thanh tra tỉnh", { headTitle: "Chánh Thanh tra tỉnh" }),
  stp: unit("unit-hn-so-tu-phap", "HN-STP", "Sở Tư pháp tỉnh Ninh Bình", "Sở Tư pháp", { headTitle: "Giám đốc Sở Tư pháp" }),
  cat: unit("unit-hn-cong-an", "HN-CAT", "Công an tỉnh Ninh Bình", "Công an tỉnh", { headTitle: "Giám đốc Công an tỉnh" }),
  qs: unit("unit-hn-quan-su", "HN-BCHQS", "Bộ Chỉ huy Quân sự tỉnh Ninh Bình", "Bộ CHQS tỉnh", { headTitle: "Chỉ huy trưởng" }),
  vks: unit("unit-hn-vien-kiem-sat", "HN-VKSND", "Viện Kiểm sát nhân dân tỉnh Ninh Bình", "VKSND tỉnh", { headTitle: "Viện trưởng" }),
  hlg: unit("unit-hn-hoi-luat-gia", "HN-HLG", "Hội Luật gia tỉnh Hà Nam", "Hội Luật gia", { headTitle: "Chủ tịch Hội" }),
  tand: unit("unit-hn-toa-an", "HN-TAND", "Tòa án nhân dân tỉnh Ninh Bình", "TAND tỉnh", { headTitle: "Chánh án" }),
  thads: unit("unit-hn-thi-hanh-an", "HN-THADS", "Thi hành án dân sự tỉnh Ninh Bình", "THADS tỉnh", { headTitle: "Thủ trưởng cơ quan" }),
  dls: unit("unit-hn-doan-luat-su", "HN-DLS", "Đoàn Luật sư tỉnh Ninh Bình", "Đoàn Luật sư", { headTitle: "Chủ nhiệm Đoàn" }),
};
const hnOrder = [HN.snv, HN.ttt, HN.stp, HN.cat, HN.qs, HN.vks, HN.hlg, HN.tand, HN.thads].map((u) => u.id);
// Invented for the reorganisation demo (prisma/seed/reorganisation.ts): a member in 2024, merged
// into Sở Nội vụ tỉnh Hà Nam on 01/03/2025, so gone from 2025 on; it never bore a Ninh Bình name.
export const HN_LDTBXH = unit("unit-hn-so-lao-dong", "HN-SLDTBXH", "Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam", "Sở LĐ-TB&XH", {
  headTitle: "Giám đốc Sở Lao động - Thương binh và Xã hội",
});
export const HN_SO_NOI_VU = HN.snv.id;
export const HN_DOAN_LUAT_SU = HN.dls.id;
export const HN_UNITS = HN;
// Invented for the province merger (prisma/seed/province-merger.ts): the departments of Nam Định and
// of the old tỉnh Ninh Bình ("(cũ)", as papers of the time wrote it, apart from the new province's
// own) that merged into the Hà Nam ones on 01/07/2025. In no bloc; archived from that day.
const predecessors = (slug: string, code: string, name: string, shortName: string) => [
  unit(`unit-nd-${slug}`, `ND-${code}`, `${name} tỉnh Nam Định`, `${shortName} Nam Định`),
  unit(`unit-nb-${slug}`, `NB-${code}`, `${name} tỉnh Ninh Bình (cũ)`, `${shortName} Ninh Bình (cũ)`),
];
export const MERGED_INTO: Record<string, DemoUnit[]> = {
  [HN.snv.id]: predecessors("so-noi-vu", "SNV", "Sở Nội vụ", "SNV"),
  [HN.ttt.id]: predecessors("thanh-tra", "TTT", "Thanh tra", "Thanh tra"),
  [HN.stp.id]: predecessors("so-tu-phap", "STP", "Sở Tư pháp", "STP"),
};
const hn2026 = [...hnOrder.filter((id) => id !== HN.hlg.id), HN.dls.id];
export const HN_BLOC = "bloc-noi-chinh-ha-nam";

// ── 001: Khối giao ước thi đua các ban xây dựng Đảng Tỉnh ủy, Hà Giang (2020) ─────────────────
const HG = {
  btcnv: unit("unit-hg-ban-to-chuc-noi-vu", "HG-BTCNV", "Ban Tổ chức – Nội vụ tỉnh Hà Giang", "Ban Tổ chức – Nội vụ", {
    sample: false,
    headTitle: "Trưởng ban",
  }),
  btg: unit("unit-hg-ban-tuyen-giao", "HG-BTG", "Ban Tuyên giáo Tỉnh ủy Hà Giang", "Ban Tuyên giáo", { headTitle: "Trưởng ban" }),
  bdv: unit("unit-hg-ban-dan-van", "HG-BDV", "Ban Dân vận Tỉnh ủy Hà Giang", "Ban Dân vận", { headTitle: "Trưởng ban" }),
  ubkt: unit("unit-hg-uy-ban-kiem-tra", "HG-UBKT", "Ủy ban Kiểm tra Tỉnh ủy Hà Giang", "UBKT Tỉnh ủy", { headTitle: "Chủ nhiệm" }),
  bnc: unit("unit-hg-ban-noi-chinh", "HG-BNC", "Ban Nội chính Tỉnh ủy Hà Giang", "Ban Nội chính", { headTitle: "Trưởng ban" }),
  vptu: unit("unit-hg-van-phong-tinh-uy", "HG-VPTU", "Văn phòng Tỉnh ủy Hà Giang", "Văn phòng Tỉnh ủy", { headTitle: "Chánh Văn phòng" }),
  tct: unit("unit-hg-truong-chinh-tri", "HG-TCT", "Trường Chính trị tỉnh Hà Giang", "Trường Chính trị", { headTitle: "Hiệu trưởng" }),
};
const hgOrder = Object.values(HG).map((u) => u.id);
const HG_BLOC = "bloc-xay-dung-dang-ha-giang";

// ── 002: Cụm Thi đua Sở Nội vụ các tỉnh Trung du và Miền núi phía Bắc (2022) ──────────────────
const TD = {
  bg: unit("unit-bg-so-noi-vu", "BG-SNV", "Sở Nội vụ tỉnh Bắc Giang", "SNV Bắc Giang", { sample: false, headTitle: "Giám đốc" }),
  bk: unit("unit-bk-so-noi-vu", "BK-SNV", "Sở Nội vụ tỉnh Bắc Kạn", "SNV Bắc Kạn", {
    sample: false,
    headName: "Lê Văn Hội",
    headTitle: "Giám đốc",
  }),
  pt: unit("unit-pt-so-noi-vu", "PT-SNV", "Sở Nội vụ tỉnh Phú Thọ", "SNV Phú Thọ", { sample: false, headTitle: "Giám đốc" }),
  hb: unit("unit-hb-so-noi-vu", "HB-SNV", "Sở Nội vụ tỉnh Hòa Bình", "SNV Hòa Bình", { sample: false, headTitle: "Giám đốc" }),
  tn: unit("unit-tn-so-noi-vu", "TN-SNV", "Sở Nội vụ tỉnh Thái Nguyên", "SNV Thái Nguyên", {
    sample: false,
    headName: "Đặng Quốc Khánh",
    headTitle: "Giám đốc",
  }),
  yb: unit("unit-yb-so-noi-vu", "YB-SNV", "Sở Nội vụ tỉnh Yên Bái", "SNV Yên Bái", { sample: false, headTitle: "Giám đốc" }),
  tq: unit("unit-tq-so-noi-vu", "TQ-SNV", "Sở Nội vụ tỉnh Tuyên Quang", "SNV Tuyên Quang", { sample: false, headTitle: "Giám đốc" }),
};
const tdOrder = Object.values(TD).map((u) => u.id);
const TD_BLOC = "bloc-cum-noi-vu-trung-du-mien-nui";

// ── 003: Khối thi đua các đơn vị trực thuộc Sở, ngành Văn hóa - Xã hội, Quảng Ninh (2021, 16) ──
// The article names only the host, Cơ sở Cai nghiện ma túy tỉnh; taken as the 2021 leader.
const q = (slug: string, code: string, name: string, shortName: string, headTitle: string) =>
  unit(`unit-qn-${slug}`, `QN-${code}`, name, shortName, { headTitle });
const QN = [
  unit("unit-qn-co-so-cai-nghien", "QN-CSCN", "Cơ sở Cai nghiện ma túy tỉnh Quảng Ninh", "Cơ sở Cai nghiện", { sample: false, headTitle: "Giám đốc" }),
  q("cong-tac-xa-hoi", "TTCTXH", "Trung tâm Công tác xã hội tỉnh Quảng Ninh", "TT Công tác xã hội", "Giám đốc"),
  q("bao-tro-xa-hoi", "TTBTXH", "Trung tâm Bảo trợ xã hội tỉnh Quảng Ninh", "TT Bảo trợ xã hội", "Giám đốc"),
  q("dich-vu-viec-lam", "TTDVVL", "Trung tâm Dịch vụ việc làm tỉnh Quảng Ninh", "TT Dịch vụ việc làm", "Giám đốc"),
  q("dieu-duong-nguoi-co-cong", "TTDDNCC", "Trung tâm Điều dưỡng người có công tỉnh Quảng Ninh", "TT Điều dưỡng NCC", "Giám đốc"),
  q("thu-vien", "TV", "Thư viện tỉnh Quảng Ninh", "Thư viện tỉnh", "Giám đốc"),
  q("bao-tang", "BT", "Bảo tàng tỉnh Quảng Ninh", "Bảo tàng tỉnh", "Giám đốc"),
  q("trung-tam-van-hoa", "TTVH", "Trung tâm Văn hóa tỉnh Quảng Ninh", "TT Văn hóa tỉnh", "Giám đốc"),
  q("nha-hat-ca-mua-nhac", "NHCMN", "Nhà hát Ca múa nhạc Quảng Ninh", "Nhà hát Ca múa nhạc", "Giám đốc"),
  q("the-duc-the-thao", "TTHLTD", "Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh Quảng Ninh", "TT Huấn luyện TDTT", "Giám đốc"),
  q("vinh-ha-long", "BQLVHL", "Ban Quản lý Vịnh Hạ Long", "BQL Vịnh Hạ Long", "Trưởng ban"),
  q("kiem-soat-benh-tat", "CDC", "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ninh", "CDC Quảng Ninh", "Giám đốc"),
  q("benh-vien-da-khoa", "BVDK", "Bệnh viện Đa khoa tỉnh Quảng Ninh", "BV Đa khoa tỉnh", "Giám đốc"),
  q("cao-dang-y-te", "CDYT", "Trường Cao đẳng Y tế Quảng Ninh", "CĐ Y tế", "Hiệu trưởng"),
  q("thpt-chuyen-ha-long", "THPTCHL", "Trường Trung học phổ thông Chuyên Hạ Long", "THPT Chuyên Hạ Long", "Hiệu trưởng"),
  q("giao-duc-thuong-xuyen", "TTGDTX", "Trung tâm Giáo dục thường xuyên tỉnh Quảng Ninh", "TT GDTX tỉnh", "Giám đốc"),
];
const qnOrder = QN.map((u) => u.id);
const QN_BLOC = "bloc-van-hoa-xa-hoi-quang-ninh";

// ── 004: Khối thi đua các cơ quan Nội chính (2023, 08 cơ quan, QĐ 42/QĐ-UBND) ─────────────────
// The article does not name its province; its units keep the article's names. The 2026 year of
// this bloc is where the unit demo accounts sit. The article names no heads: the heads here are
// invented for the demo (Thanh tra tỉnh's is the `thutruong` account), so the pledge has signers.
const NC = {
  ttt: unit("unit-nc-thanh-tra-tinh", "NC-TTT", "Thanh tra tỉnh", "Thanh tra tỉnh", {
    sample: false,
    headName: "Hoàng Văn Nam",
    headTitle: "Chánh Thanh tra tỉnh",
  }),
  qs: unit("unit-nc-quan-su", "NC-BCHQS", "Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh", {
    sample: false,
    headName: "Nguyễn Đức Thắng",
    headTitle: "Chỉ huy trưởng",
  }),
  cat: unit("unit-nc-cong-an", "NC-CAT", "Công an tỉnh", "Công an tỉnh", { sample: false, headName: "Trần Quốc Hùng", headTitle: "Giám đốc Công an tỉnh" }),
  snv: unit("unit-nc-so-noi-vu", "NC-SNV", "Sở Nội vụ", "Sở Nội vụ", { sample: false, headName: "Lê Thị Thanh Hương", headTitle: "Giám đốc Sở Nội vụ" }),
  stp: unit("unit-nc-so-tu-phap", "NC-STP", "Sở Tư pháp", "Sở Tư pháp", { sample: false, headName: "Phạm Minh Đức", headTitle: "Giám đốc Sở Tư pháp" }),
  vks: unit("unit-nc-vien-kiem-sat", "NC-VKSND", "Viện Kiểm sát nhân dân tỉnh", "VKSND tỉnh", {
    sample: false,
    headName: "Đinh Thị Mai",
    headTitle: "Viện trưởng",
  }),
  tand: unit("unit-nc-toa-an", "NC-TAND", "Tòa án nhân dân tỉnh", "TAND tỉnh", { sample: false, headName: "Vũ Đức Thành", headTitle: "Chánh án" }),
  thads: unit("unit-nc-thi-hanh-an", "NC-THADS", "Cục Thi hành án dân sự tỉnh", "Cục THADS tỉnh", {
    sample: false,
    headName: "Ngô Văn Bình",
    headTitle: "Cục trưởng",
  }),
};
const ncOrder = Object.values(NC).map((u) => u.id);
const NC_BLOC = "bloc-noi-chinh-tinh";

export const demoBlocs: DemoBloc[] = [
  {
    id: HN_BLOC,
    code: "HN-NC",
    name: "Khối thi đua Nội chính tỉnh Ninh Bình",
    kind: "KHOI",
    description:
      "Khối thi đua của các cơ quan nội chính tỉnh Hà Nam. Ngày 31/3/2021, Khối tổ chức Hội nghị triển khai kế hoạch hoạt động, phát động và ký giao ước thi đua năm 2021; 09 đơn vị ký giao ước, Sở Nội vụ là đơn vị Trưởng khối. Từ ngày 01/7/2025, tỉnh Hà Nam hợp nhất vào tỉnh Ninh Bình (Nghị quyết số 202/2025/QH15 của Quốc hội), Khối tiếp tục hoạt động là Khối thi đua Nội chính tỉnh Ninh Bình.",
    source: "000_a8f53268e22e6c6b.txt",
    units: [...Object.values(HN), HN_LDTBXH],
    rotation: [...hnOrder, HN.dls.id, HN_LDTBXH.id],
    years: [
      yearRow(HN_BLOC, 2021, HN.snv.id, HN.ttt.id, hnOrder, {
        theme: "Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc",
        motto: "Đoàn kết, kỷ cương, đổi mới, sáng tạo, khát vọng phát triển",
      }),
      yearRow(HN_BLOC, 2024, HN.cat.id, HN.qs.id, [...hnOrder, HN_LDTBXH.id]),
      yearRow(HN_BLOC, 2025, HN.qs.id, HN.vks.id, hnOrder),
      yearRow(HN_BLOC, 2026, HN.vks.id, HN.tand.id, hn2026),
    ],
    decisions: [decision(HN_BLOC, 2025, HN.qs.id, HN.vks.id, 8, "2025-01-10"), decision(HN_BLOC, 2026, HN.vks.id, HN.tand.id, 15, "2026-01-12")],
  },
  {
    id: HG_BLOC,
    code: "HG-XDD",
    name: "Khối giao ước thi đua các ban xây dựng Đảng Tỉnh ủy Hà Giang",
    kind: "KHOI",
    description:
      "Khối giao ước thi đua của các ban xây dựng Đảng Tỉnh ủy Hà Giang. Ngày 14/02/2020, Khối tổ chức Hội nghị triển khai công tác thi đua, khen thưởng năm 2020 theo kế hoạch do Ban Tổ chức – Nội vụ tỉnh, đơn vị Trưởng khối, xây dựng.",
    source: "001_4e559605098ed52e.txt",
    units: Object.values(HG),
    rotation: hgOrder,
    years: [
      yearRow(HG_BLOC, 2020, HG.btcnv.id, HG.btg.id, hgOrder, {
        slogan: "Đổi mới, sáng tạo, đoàn kết, trách nhiệm, đột phá, nâng cao chất lượng, hiệu quả thực hiện nhiệm vụ",
      }),
      yearRow(HG_BLOC, 2024, HG.bnc.id, HG.vptu.id, hgOrder),
      yearRow(HG_BLOC, 2025, HG.vptu.id, HG.tct.id, hgOrder),
      yearRow(HG_BLOC, 2026, HG.tct.id, HG.btcnv.id, hgOrder),
    ],
    decisions: [decision(HG_BLOC, 2025, HG.vptu.id, HG.tct.id, 9, "2025-01-10"), decision(HG_BLOC, 2026, HG.tct.id, HG.btcnv.id, 16, "2026-01-12")],
  },
  {
    id: TD_BLOC,
    code: "TDMN-SNV",
    name: "Cụm Thi đua Sở Nội vụ các tỉnh Trung du và Miền núi phía Bắc",
    kind: "CUM",
    description:
      "Cụm thi đua của Sở Nội vụ 07 tỉnh: Bắc Giang, Bắc Kạn, Phú Thọ, Hòa Bình, Thái Nguyên, Yên Bái và Tuyên Quang. Năm 2022, Sở Nội vụ tỉnh Bắc Giang là Cụm trưởng, Sở Nội vụ tỉnh Bắc Kạn là Cụm phó; do dịch Covid-19, giao ước thi đua năm 2022 được ký tại Hội nghị sơ kết ngày 22/7/2022.",
    source: "002_bb718ef5f54d7beb.txt",
    units: Object.values(TD),
    rotation: tdOrder,
    years: [
      yearRow(TD_BLOC, 2022, TD.bg.id, TD.bk.id, tdOrder),
      yearRow(TD_BLOC, 2024, TD.pt.id, TD.hb.id, tdOrder),
      yearRow(TD_BLOC, 2025, TD.hb.id, TD.tn.id, tdOrder),
      yearRow(TD_BLOC, 2026, TD.tn.id, TD.yb.id, tdOrder),
    ],
    decisions: [decision(TD_BLOC, 2025, TD.hb.id, TD.tn.id, 10, "2025-01-10"), decision(TD_BLOC, 2026, TD.tn.id, TD.yb.id, 17, "2026-01-12")],
  },
  {
    id: QN_BLOC,
    code: "QN-VHXH",
    name: "Khối thi đua các đơn vị trực thuộc Sở, ngành Văn hóa - Xã hội tỉnh Quảng Ninh",
    kind: "KHOI",
    description:
      "Khối thi đua của 16 đơn vị trực thuộc các sở, ngành khối Văn hóa - Xã hội tỉnh Quảng Ninh. Ngày 22/01/2021, tại Cơ sở Cai nghiện ma túy tỉnh, Khối ký kết giao ước thi đua năm 2021 và thống nhất tổ chức giao lưu văn nghệ, thể thao nhân dịp kỷ niệm 76 năm Cách mạng tháng Tám và Quốc khánh 02/9.",
    source: "003_eda1eacd02ca272a.txt",
    units: QN,
    rotation: qnOrder,
    years: [
      yearRow(QN_BLOC, 2021, qnOrder[0], qnOrder[1], qnOrder),
      yearRow(QN_BLOC, 2024, qnOrder[3], qnOrder[4], qnOrder),
      yearRow(QN_BLOC, 2025, qnOrder[4], qnOrder[5], qnOrder),
      yearRow(QN_BLOC, 2026, qnOrder[5], qnOrder[6], qnOrder),
    ],
    decisions: [decision(QN_BLOC, 2025, qnOrder[4], qnOrder[5], 11, "2025-01-10"), decision(QN_BLOC, 2026, qnOrder[5], qnOrder[6], 18, "2026-01-12")],
  },
  {
    id: NC_BLOC,
    code: "NOICHINH",
    name: "Khối thi đua các cơ quan Nội chính tỉnh",
    kind: "KHOI",
    decisionNo: "42/QĐ-UBND",
    decisionDate: "2023-01-12",
    decisionIssuer: "UBND tỉnh",
    description:
      "Theo Quyết định số 42/QĐ-UBND ngày 12/01/2023 của UBND tỉnh, Khối gồm 08 cơ quan. Sáng 28/02/2023, tại Thanh tra tỉnh, Khối tổ chức hội nghị ký giao ước thi đua năm 2023; Thanh tra tỉnh là Trưởng khối.",
    source: "004_585b712608f825de.txt",
    units: Object.values(NC),
    rotation: ncOrder,
    years: [
      yearRow(NC_BLOC, 2023, NC.ttt.id, NC.qs.id, ncOrder),
      yearRow(NC_BLOC, 2024, NC.qs.id, NC.cat.id, ncOrder),
      yearRow(NC_BLOC, 2025, NC.cat.id, NC.snv.id, ncOrder),
      yearRow(NC_BLOC, 2026, NC.snv.id, NC.stp.id, ncOrder),
    ],
    decisions: [decision(NC_BLOC, 2025, NC.cat.id, NC.snv.id, 12, "2025-01-10"), decision(NC_BLOC, 2026, NC.snv.id, NC.stp.id, 19, "2026-01-12")],
  },
];

export const demoUnits: DemoUnit[] = [...demoBlocs.flatMap((b) => b.units), ...Object.values(MERGED_INTO).flat()];

export const demoUsers: DemoUser[] = [
  {
    id: "user-admin",
    username: "admin",
    name: "Quản trị hệ thống",
    title: "Quản trị hệ thống",
    role: "ADMIN",
    isUnitHead: false,
    allBlocs: false,
    blocIds: [],
    description: "Quản trị hệ thống: tài khoản người dùng, phân quyền, nhật ký thay đổi.",
  },
  {
    id: "user-bantdkt",
    username: "bantdkt",
    name: "Nguyễn Thị Thu Hà",
    title: "Chuyên viên Ban Thi đua - Khen thưởng",
    role: "BOARD",
    isUnitHead: false,
    allBlocs: true,
    blocIds: [],
    description:
      "Cán bộ Ban Thi đua - Khen thưởng theo dõi cả 5 khối, cụm: thiết lập khối, đơn vị, thành viên, luân phiên Trưởng khối, tiêu chí, chỉ tiêu; thẩm định và xét đề nghị khen thưởng.",
  },
  {
    id: "user-bantdkt-khoi",
    username: "bantdkt.khoi",
    name: "Trần Văn Minh",
    title: "Chuyên viên Ban Thi đua - Khen thưởng",
    role: "BOARD",
    isUnitHead: false,
    allBlocs: false,
    blocIds: [NC_BLOC, HN_BLOC],
    description:
      "Cán bộ Ban Thi đua - Khen thưởng chỉ được phân công 2 khối: Khối thi đua các cơ quan Nội chính tỉnh và Khối thi đua Nội chính tỉnh Ninh Bình; không thấy các khối, cụm khác.",
  },
  {
    id: "user-hoidong",
    username: "hoidong",
    name: "Lê Quang Huy",
    title: "Ủy viên Hội đồng Thi đua - Khen thưởng tỉnh",
    role: "COUNCIL",
    isUnitHead: false,
    allBlocs: false,
    blocIds: [],
    description: "Thành viên Hội đồng Thi đua - Khen thưởng: xem toàn bộ dữ liệu, không được thay đổi.",
  },
  {
    id: "user-truongkhoi",
    username: "truongkhoi",
    name: "Phạm Thị Lan",
    title: "Chuyên viên Văn phòng Sở Nội vụ",
    role: "UNIT_OFFICER",
    unitId: NC.snv.id,
    isUnitHead: false,
    allBlocs: false,
    blocIds: [],
    description:
      "Cán bộ thi đua của Sở Nội vụ, đơn vị Trưởng khối năm 2026 của Khối thi đua các cơ quan Nội chính tỉnh: tổ chức hội nghị, chấm chéo, xếp hạng và ký xác nhận kết quả của khối.",
  },
  {
    id: "user-phokhoi",
    username: "phokhoi",
    name: "Đỗ Văn Hùng",
    title: "Chánh Văn phòng Sở Tư pháp",
    role: "UNIT_OFFICER",
    unitId: NC.stp.id,
    isUnitHead: false,
    allBlocs: false,
    blocIds: [],
    description:
      "Cán bộ thi đua của Sở Tư pháp, đơn vị Phó trưởng khối năm 2026 của Khối thi đua các cơ quan Nội chính tỉnh: thay mặt Trưởng khối khi được giao, chủ trì hội nghị sơ kết 6 tháng.",
  },
  {
    id: "user-donvi",
    username: "donvi",
    name: "Vũ Thị Hoa",
    title: "Chuyên viên Văn phòng Thanh tra tỉnh",
    role: "UNIT_OFFICER",
    unitId: NC.ttt.id,
    isUnitHead: false,
    allBlocs: false,
    blocIds: [],
    description:
      "Cán bộ thi đua của Thanh tra tỉnh, đơn vị thành viên năm 2026: cập nhật hồ sơ đơn vị, chuẩn bị giao ước, tự chấm điểm kèm minh chứng; cần thủ trưởng duyệt trước khi gửi.",
  },
  {
    id: "user-thutruong",
    username: "thutruong",
    name: "Hoàng Văn Nam",
    title: "Chánh Thanh tra tỉnh",
    role: "UNIT_OFFICER",
    unitId: NC.ttt.id,
    isUnitHead: true,
    allBlocs: false,
    blocIds: [],
    description: "Thủ trưởng Thanh tra tỉnh: ký giao ước thi đua thay mặt đơn vị và duyệt, gửi bảng tự chấm điểm.",
  },
  {
    id: "user-cumtruong",
    username: "cumtruong",
    name: "Đặng Quốc Khánh",
    title: "Giám đốc Sở Nội vụ tỉnh Thái Nguyên",
    role: "UNIT_OFFICER",
    unitId: TD.tn.id,
    isUnitHead: true,
    allBlocs: false,
    blocIds: [],
    description:
      "Thủ trưởng Sở Nội vụ tỉnh Thái Nguyên, đơn vị Cụm trưởng năm 2026 của Cụm thi đua Sở Nội vụ các tỉnh Trung du và Miền núi phía Bắc: các bảng điểm đã nộp và chấm chéo xong, xếp hạng, ký xác nhận kết quả và đề nghị khen thưởng.",
  },
  {
    id: "user-cumvien",
    username: "cumvien",
    name: "Lý Thị Mai",
    title: "Chuyên viên Sở Nội vụ tỉnh Bắc Giang",
    role: "UNIT_OFFICER",
    unitId: TD.bg.id,
    isUnitHead: false,
    allBlocs: false,
    blocIds: [],
    description:
      "Cán bộ thi đua của Sở Nội vụ tỉnh Bắc Giang, đơn vị thành viên của Cụm: xem kết quả xếp hạng và bảng điểm của các đơn vị khi kết quả đã được phê duyệt.",
  },
];

// ── Year plan and pledge of Khối thi đua các cơ quan Nội chính tỉnh, 2026 ────────────────────────
// The pledge is open for signing with the eight items of seed 004's article; three members have
// signed, Thanh tra tỉnh (the `donvi`/`thutruong` accounts), Sở Nội vụ and Sở Tư pháp have not.

export type DemoPlanItem = {
  id: string;
  title: string;
  /** yyyy-MM-dd */
  startDate?: string;
  endDate?: string;
  hostUnitId?: string;
  note?: string;
};

export type DemoSignature = {
  unitId: string;
  signerName: string;
  signerTitle: string;
  /** The head signed in person, online; otherwise signed on paper and recorded on the head's behalf by `recordedBy`. */
  byHead: boolean;
  recordedBy?: string;
  /** ISO instant: online, the moment of signing; on paper, the start of the day it was made (Vietnam time). */
  signedAt: string;
  conferenceId?: string;
};

export type DemoPledge = {
  id: string;
  title: string;
  preamble: string;
  status: "DRAFT" | "OPEN" | "SIGNED";
  /** ISO instant */
  openedAt: string;
  items: string[];
  signatures: DemoSignature[];
};

export type DemoYearWork = { blocYearId: string; plan: DemoPlanItem[]; pledge: DemoPledge };

const NC_2026 = "year-noi-chinh-tinh-2026";
const NC_2026_SIGNING = "conf-noi-chinh-tinh-2026-signing"; // prisma/seed/meetings.ts
const headSignature = (u: DemoUnit, signedAt: string, recordedBy?: string): DemoSignature => ({
  unitId: u.id,
  signerName: u.headName!,
  signerTitle: u.headTitle!,
  byHead: !recordedBy,
  recordedBy,
  signedAt,
  conferenceId: NC_2026_SIGNING,
});

export const demoYearWork: DemoYearWork[] = [
  {
    blocYearId: NC_2026,
    plan: [
      {
        id: "plan-noi-chinh-tinh-2026-1",
        title: "Hội nghị ký kết giao ước thi đua năm 2026",
        startDate: "2026-02-27",
        endDate: "2026-02-27",
        hostUnitId: NC.snv.id,
        note: "Thông qua quy chế hoạt động, kế hoạch năm và bảng tiêu chí chấm điểm; các đơn vị ký giao ước thi đua.",
      },
      {
        id: "plan-noi-chinh-tinh-2026-2",
        title: "Giao lưu thể thao chào mừng Ngày Thống nhất đất nước 30/4 và Quốc tế Lao động 1/5",
        startDate: "2026-04-20",
        endDate: "2026-04-24",
        hostUnitId: NC.cat.id,
      },
      {
        id: "plan-noi-chinh-tinh-2026-3",
        title: "Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2026",
        startDate: "2026-07-16",
        endDate: "2026-07-16",
        hostUnitId: NC.stp.id,
        note: "Đơn vị Phó trưởng khối chủ trì.",
      },
      {
        id: "plan-noi-chinh-tinh-2026-4",
        title: "Tự chấm điểm, chấm chéo và Hội nghị tổng kết, bình xét thi đua năm 2026",
        startDate: "2026-11-16",
        endDate: "2026-12-18",
        hostUnitId: NC.snv.id,
        note: "Các đơn vị gửi bảng tự chấm điểm kèm minh chứng trước ngày 30/11/2026.",
      },
    ],
    pledge: {
      id: "pledge-noi-chinh-tinh-2026",
      title: "Giao ước thi đua năm 2026",
      preamble:
        "Thực hiện Kế hoạch của UBND tỉnh về công tác thi đua, khen thưởng năm 2026, các cơ quan trong Khối thi đua các cơ quan Nội chính tỉnh thống nhất ký kết giao ước thi đua với các nội dung sau:",
      status: "OPEN",
      openedAt: "2026-02-20T01:00:00.000Z",
      // Seed 004's eight items, with the year brought forward.
      items: [
        "Tổ chức triển khai thực hiện có hiệu quả phong trào thi đua yêu nước, gắn với thực hiện tốt các nhiệm vụ chính trị, nhiệm vụ chuyên môn của từng cơ quan, đơn vị, nhằm thực hiện đạt và vượt các chỉ tiêu công tác năm mà mỗi đơn vị đã đăng ký, góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh của tỉnh.",
        "Tiếp tục đẩy mạnh nghiên cứu, tuyên truyền, phổ biến, quán triệt sâu sắc tư tưởng của Chủ tịch Hồ Chí Minh về thi đua ái quốc; các chủ trương của Đảng, chính sách pháp luật của Nhà nước về công tác thi đua, khen thưởng.",
        "Tăng cường sự lãnh đạo của cấp ủy Đảng, chính quyền, sự phối hợp giữa chính quyền với Mặt trận Tổ quốc và các đoàn thể nhân dân trong việc chỉ đạo, tổ chức thực hiện các phong trào thi đua. Xây dựng tổ chức đảng, đoàn thể trong sạch, vững mạnh, xây dựng cơ quan văn hóa.",
        "Đẩy mạnh các phong trào thi đua yêu nước góp phần thực hiện thắng lợi các nhiệm vụ phát triển kinh tế, xã hội năm 2026 của tỉnh theo tinh thần chỉ thị của UBND tỉnh về tổ chức thực hiện nhiệm vụ năm 2026.",
        "Tăng cường kỷ luật, kỷ cương hành chính, đạo đức công vụ; nâng cao trách nhiệm của cán bộ, công chức, viên chức, chiến sĩ, người lao động, nhất là trách nhiệm người đứng đầu trong các cơ quan, đơn vị trong Khối thi đua; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa”; thực hiện nghiêm quy định về những điều đảng viên không được làm; đẩy mạnh đấu tranh phòng, chống tham nhũng, tiêu cực, lãng phí, quan liêu.",
        "Đẩy mạnh công tác phát hiện, bồi dưỡng, nhân rộng, tuyên truyền điển hình tiên tiến.",
        "Nâng cao chất lượng hoạt động của Hội đồng Thi đua - Khen thưởng các đơn vị; nâng cao chất lượng cộng tác nghiên cứu khoa học, đề tài, sáng kiến kinh nghiệm ở cơ sở.",
        "Gắn công tác khen thưởng với kết quả thực hiện nhiệm vụ chính trị; sơ kết, tổng kết các phong trào thi đua, thực hiện kế hoạch, nhiệm vụ chính trị của từng cơ quan, đơn vị.",
      ],
      signatures: [
        // At the signing conference (27/02/2026): two heads online in person at 09:30, one on paper,
        // recorded by the board and dated the conference's day (00:00 in Vietnam), not the day it was typed.
        headSignature(NC.cat, "2026-02-27T02:30:00.000Z"),
        headSignature(NC.vks, "2026-02-27T02:34:00.000Z"),
        headSignature(NC.qs, "2026-02-26T17:00:00.000Z", "bantdkt"),
      ],
    },
  },
];
