import type { services } from "../schema";
import { CATALOGUE_FORMS } from "./service-forms";

/*
 * The station's service catalogue (办事指南): household-registration (户政) and public-order (治安) services,
 * with guides that follow the national rules (户口登记条例, 居民身份证法, 居住证暂行条例, 大型群众性活动安全
 * 管理条例 …). The "where and when" texts name the demo station's windows: a real station edits them after
 * its first `npm run db:catalogue` (its edits are kept by later loads, see ./load.ts).
 */

type Text = { "zh-CN": string; en: string };
type Lines = { "zh-CN": string[]; en: string[] };
type NewService = typeof services.$inferInsert;
type Guide = NewService["guide"];

const WINDOW: Text = {
  "zh-CN": "青石派出所户籍窗口（滨河区青石路188号一楼）：周一至周五 8:30–12:00，14:00–17:30；法定节假日休息。",
  en: "Household registration window, Qingshi Police Station (ground floor, 188 Qingshi Road, Binhe District): Monday to Friday 8:30–12:00 and 14:00–17:30; closed on public holidays.",
};
const WINDOW_AND_COMMUNITY: Text = {
  "zh-CN": `${WINDOW["zh-CN"]}也可在所在社区的社区警务室（社区党群服务中心一楼）办理，时间同上。`,
  en: `${WINDOW.en} Also at your community's police office (ground floor of the community service centre), same hours.`,
};
const PUBLIC_ORDER_DESK: Text = {
  "zh-CN": "青石派出所治安窗口（滨河区青石路188号一楼）受理并现场核查，报滨河分局治安管理大队审批：周一至周五 8:30–12:00，14:00–17:30。",
  en: "Public-order desk, Qingshi Police Station (ground floor, 188 Qingshi Road), which takes the application and inspects the site; the Binhe District Public Security Sub-bureau's public-order unit decides. Monday to Friday 8:30–12:00 and 14:00–17:30.",
};
const FREE: Text = { "zh-CN": "免费。", en: "Free of charge." };
const ON_THE_SPOT: Text = {
  "zh-CN": "材料齐全、符合条件的，当场办结。",
  en: "Completed on the spot when the materials are complete and the conditions are met.",
};

interface Entry {
  slug: string;
  category: "household" | "public_order";
  name: Text;
  online?: boolean;
  appointment?: boolean;
  idNumber?: boolean;
  zh: { purpose: string; eligibility: string; materials: string[]; steps: string[]; timeLimit?: string; fee?: string };
  en: { purpose: string; eligibility: string; materials: string[]; steps: string[]; timeLimit?: string; fee?: string };
  timeLimit?: Text;
  fee?: Text;
  whereWhen?: Text;
}

const ENTRIES: Entry[] = [
  {
    slug: "residence-permit",
    category: "household",
    name: { "zh-CN": "居住证申领", en: "Residence permit (居住证)" },
    online: true,
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "居住证是在居住地享受基本公共服务（子女入学、社保、公积金、就业服务、机动车登记、出入境证件办理等）和便利、申请落户的凭证。",
      eligibility: "离开常住户口所在地、到本市居住半年以上，并符合有合法稳定就业、合法稳定住所、连续就读三个条件之一的中国公民；未满 16 周岁或行动不便者可由监护人、近亲属代为申领。",
      materials: [
        "本人居民身份证（或户口簿）",
        "居住登记满半年的记录（本所可直接查询）",
        "合法稳定住所证明：房屋产权证明或已登记的租赁合同，或单位、学校出具的住宿证明",
        "合法稳定就业证明（劳动合同、营业执照等）或连续就读证明（学校出具的在读证明），提供其一即可",
        "近期免冠彩色照片（可在窗口免费现场拍摄）",
      ],
      steps: [
        "确认已办理居住登记且满半年（未登记的请先办理“流动人口居住登记”）",
        "网上提交申请或预约到户籍窗口、社区警务室",
        "核验身份、材料，采集照片",
        "领取受理回执，制证完成后凭回执领取，或选择邮寄、民警上门送证",
        "居住证每年签注一次：到期前一个月内网上或窗口办理",
      ],
      timeLimit: "自受理之日起 15 日内制作发放（《居住证暂行条例》第十一条）。",
      fee: "首次申领免费；换领、补领收取工本费 20 元，签注免费。",
    },
    en: {
      purpose: "The residence permit gives access to basic public services where you live (school places for children, social insurance, the housing fund, employment services, vehicle registration, exit–entry documents) and counts towards settling here.",
      eligibility: "Chinese citizens who have left the place of their household registration and have lived in this city for at least six months, with one of: a lawful stable job, a lawful stable residence, or continuous study. A guardian or close relative may apply for a child under 16 or a person with limited mobility.",
      materials: [
        "Your resident ID card (or household register)",
        "Six months of residence registration (the station checks this itself)",
        "Proof of a stable residence: property certificate or a registered tenancy contract, or an accommodation certificate from your employer or school",
        "Proof of a stable job (employment contract, business licence) or of continuous study (certificate from the school): one of them",
        "A recent colour photo without a hat (taken free at the window)",
      ],
      steps: [
        "Make sure you have been registered as resident here for six months (if not, first do the temporary residence registration)",
        "Apply online, or book a visit to the household registration window or the community police office",
        "Identity and papers are checked and your photo is taken",
        "Keep the receipt; collect the permit with it, or choose postal delivery or an evening doorstep delivery",
        "The permit is endorsed once a year: online or at the window within the month before it falls due",
      ],
      timeLimit: "Issued within 15 days of acceptance (Interim Regulations on Residence Permits, art. 11).",
      fee: "The first permit is free; a replacement or renewal costs 20 yuan; the yearly endorsement is free.",
    },
    whereWhen: WINDOW_AND_COMMUNITY,
  },
  {
    slug: "dog-licence",
    category: "public_order",
    name: { "zh-CN": "犬证办理（养犬登记及年检）", en: "Dog licence (registration and annual check)" },
    online: true,
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "在城市养犬须向公安机关办理养犬登记、领取犬证，并每年年检；犬只须免疫狂犬病并植入电子标识。",
      eligibility: "在本辖区有固定住所的完全民事行为能力人；重点管理区内每户限养一只，禁止饲养烈性犬、大型犬（品种目录见本市养犬管理规定）。",
      materials: [
        "养犬人居民身份证",
        "住所证明（房屋产权证明或租赁合同）",
        "动物诊疗机构出具的当年狂犬病免疫证明",
        "犬只正面、侧面彩色照片各一张",
        "年检时：原犬证和新的年度免疫证明",
      ],
      steps: [
        "带犬到指定动物诊疗机构注射狂犬病疫苗、植入电子标识",
        "网上提交登记申请，或预约到社区警务室办理",
        "民警核对材料、犬只照片和免疫信息",
        "发放犬证（电子犬证同步生成），犬牌佩戴在犬只项圈上",
        "每年在犬证到期前一个月内办理年检",
      ],
      timeLimit: "材料齐全的当场登记发证；网上申请 5 个工作日内审核完毕。",
      fee: "本市免收养犬登记费、年检费；疫苗、电子标识费用由动物诊疗机构按标准收取。",
    },
    en: {
      purpose: "Anyone keeping a dog in the city registers it with the police, gets a dog licence and has it checked every year; the dog must be vaccinated against rabies and carry a microchip.",
      eligibility: "Adults with full legal capacity who have a fixed home in the station's area. In the key management zone one dog per household; fierce and large breeds are not allowed (see the city's list).",
      materials: [
        "The keeper's resident ID card",
        "Proof of residence (property certificate or tenancy contract)",
        "This year's rabies vaccination certificate from a veterinary clinic",
        "One front and one side colour photo of the dog",
        "For the annual check: the current licence and the new vaccination certificate",
      ],
      steps: [
        "Have the dog vaccinated and microchipped at an approved veterinary clinic",
        "Apply online, or book a visit to the community police office",
        "The officer checks the papers, photos and vaccination record",
        "The licence is issued (with an electronic licence); the tag goes on the dog's collar",
        "Renew every year in the month before the licence expires",
      ],
      timeLimit: "Issued on the spot when the papers are complete; online applications are checked within 5 working days.",
      fee: "The city charges no registration or annual check fee; the clinic charges for the vaccine and microchip.",
    },
    whereWhen: {
      "zh-CN": "所在社区的社区警务室或青石派出所户籍窗口（滨河区青石路188号一楼）：周一至周五 8:30–12:00，14:00–17:30。",
      en: "Your community police office or the household registration window, Qingshi Police Station (188 Qingshi Road): Monday to Friday 8:30–12:00 and 14:00–17:30.",
    },
  },
  {
    slug: "household-move-in",
    category: "household",
    name: { "zh-CN": "户口迁入", en: "Moving your household registration in (户口迁入)" },
    online: true,
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "把户口从外地迁入本辖区：购房落户、投靠亲属（夫妻、子女、父母）、人才引进、大中专院校毕业生就业落户等。",
      eligibility: "符合本市落户政策的人员：在辖区有合法产权住所，或投靠在辖区有户口的配偶、父母、子女，或经人才引进、毕业生就业等途径取得落户资格。",
      materials: [
        "本人居民身份证、户口簿",
        "落户依据：不动产权证书；或投靠对象的户口簿和结婚证、出生医学证明等关系证明；或人才引进、就业落户的相关证明",
        "迁入地户主同意入户的书面意见（投靠他人户内时）",
        "已实行“跨省通办”：一般无需再回原籍开具迁移证，由本所网上向迁出地发起迁移",
      ],
      steps: [
        "网上预审或预约到户籍窗口",
        "提交材料，民警审核落户条件",
        "符合条件的受理，本所向迁出地公安机关发起迁移",
        "迁出地办结后，在本所领取新的户口簿页，并申领新身份证（地址变更）",
      ],
      timeLimit: "省内迁移当场办结；跨省迁移一般 20 个工作日内办结，需核查的不超过 30 个工作日。",
      fee: "免费（因地址变更换领身份证收取工本费 20 元）。",
    },
    en: {
      purpose: "Moving your registration to this area from elsewhere: after buying a home here, joining a spouse, child or parent, as recruited talent, or as a graduate taking a job here.",
      eligibility: "People who qualify under the city's settlement policy: owning a lawful home here, joining a spouse, parent or child registered here, or having qualified through talent recruitment or graduate employment.",
      materials: [
        "Your resident ID card and household register",
        "The ground for settling: property certificate; or the register of the relative you join with the marriage certificate, birth certificate or other proof of the relationship; or the talent or employment documents",
        "Written consent of the head of the household you join (when joining someone else's household)",
        "Moves between provinces are handled 'across provinces in one place': you no longer need a migration certificate from home; the station requests the move online",
      ],
      steps: [
        "Check online or book a visit to the household registration window",
        "Hand in the papers; the officer checks the conditions",
        "If eligible, the station requests the move from the police at your old address",
        "When they have finished, collect your new register page here and apply for a new ID card (new address)",
      ],
      timeLimit: "Within the province: on the spot. Between provinces: usually within 20 working days, at most 30 when checks are needed.",
      fee: "Free (a new ID card for the changed address costs 20 yuan).",
    },
    whereWhen: WINDOW,
  },
  {
    slug: "household-move-out",
    category: "household",
    name: { "zh-CN": "户口迁出", en: "Moving your household registration out (户口迁出)" },
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "把户口从本辖区迁往外地。多数迁移已实行“一站式”办理，到迁入地派出所申请即可；本所办理迁出主要用于迁入地尚未联网、需持迁移证的情形。",
      eligibility: "户口在本辖区、已取得迁入地准予迁入证明的居民；未成年人由监护人申请。",
      materials: [
        "本人居民身份证、户口簿",
        "迁入地公安机关出具的《准予迁入证明》",
        "代办的：代办人身份证和户主或本人的委托书",
      ],
      steps: [
        "先向迁入地派出所确认能否“一站式”办理；能办的无需来本所",
        "需要本所开具的，预约到户籍窗口",
        "民警核对准迁证明，开具《户口迁移证》，户口簿内注明迁出",
        "持迁移证在有效期内到迁入地落户",
      ],
      timeLimit: "当场办结；《户口迁移证》有效期一般为 40 天，逾期须重新办理。",
      fee: "免费。",
    },
    en: {
      purpose: "Moving your registration from this area to another place. Most moves are now done 'in one place' at the destination's police station; the station issues a migration certificate only where the destination is not yet linked.",
      eligibility: "Residents registered here who hold the destination's approval to move in; a guardian applies for a minor.",
      materials: [
        "Your resident ID card and household register",
        "The destination police's Approval to Move In (准予迁入证明)",
        "If someone applies for you: their ID card and your or the household head's authorisation",
      ],
      steps: [
        "Ask the destination's police station whether they handle the whole move; if so, you need not come here",
        "If a certificate from us is needed, book a visit to the household registration window",
        "The officer checks the approval, issues the Migration Certificate and marks the register",
        "Settle at the destination with the certificate before it expires",
      ],
      timeLimit: "On the spot; the Migration Certificate is usually valid for 40 days.",
      fee: "Free of charge.",
    },
    whereWhen: WINDOW,
  },
  {
    slug: "cancel-registration",
    category: "household",
    name: { "zh-CN": "注销户口", en: "Cancelling a registration (注销户口)" },
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "因死亡、入伍、出国（境）定居、加入外国国籍、重复登记等原因注销户口。",
      eligibility: "户主、亲属、监护人或本人；死亡注销的，应在公民死亡后一个月内申报（《户口登记条例》第八条）。",
      materials: [
        "被注销人的户口簿、居民身份证（交回注销）",
        "注销依据：死亡的，《居民死亡医学证明（推断）书》或火化证明；入伍的，入伍通知书；出国定居的，定居证明；加入外国国籍的，相关证明",
        "申报人居民身份证",
      ],
      steps: [
        "预约到户籍窗口（死亡注销也可由社区警务室代收材料）",
        "提交材料，民警核实",
        "注销户口，收回身份证，在户口簿上加盖注销章",
        "需要的可同时开具注销户口证明（用于继承、销户等）",
      ],
      timeLimit: "当场办结。",
      fee: "免费。",
    },
    en: {
      purpose: "Cancelling a registration because of death, joining the army, settling abroad, taking a foreign nationality or a duplicate registration.",
      eligibility: "The head of household, a relative, a guardian or the person; a death is to be reported within one month (Household Registration Regulations, art. 8).",
      materials: [
        "The person's household register and ID card (handed in)",
        "The ground: for a death, the medical death certificate or cremation certificate; for enlistment, the enlistment notice; for settling abroad, proof of settlement; for a foreign nationality, proof of it",
        "The applicant's resident ID card",
      ],
      steps: [
        "Book a visit to the household registration window (for a death, the community police office can take the papers)",
        "Hand in the papers; the officer verifies them",
        "The registration is cancelled, the ID card kept and the register stamped",
        "A certificate of cancellation can be issued at the same time (for inheritance, closing accounts)",
      ],
      timeLimit: "On the spot.",
      fee: "Free of charge.",
    },
    whereWhen: WINDOW,
  },
  {
    slug: "birth-registration",
    category: "household",
    name: { "zh-CN": "出生登记", en: "Birth registration (出生登记)" },
    online: true,
    appointment: true,
    zh: {
      purpose: "为新生儿登记常住户口，是办理医保、入学、身份证等的前提。",
      eligibility: "父母一方户口在本辖区的新生儿；应当在出生后一个月内申报（《户口登记条例》第七条），逾期仍可登记。非婚生育、政策外生育的也可凭出生医学证明登记。",
      materials: [
        "《出生医学证明》",
        "父母双方的居民身份证、户口簿",
        "父母的结婚证（有的提供；没有的不影响登记）",
        "随父母一方落户的，另一方户口不在本辖区时提供其户口簿或户籍证明",
      ],
      steps: [
        "通过“出生一件事”网上联办提交，或预约到户籍窗口",
        "民警核对出生医学证明和父母户籍",
        "登记户口，在户口簿上增加新生儿户口页",
        "网上办理的可选择邮寄户口簿或民警上门送达",
      ],
      timeLimit: "窗口当场办结；网上申请 3 个工作日内办结。",
      fee: "免费。",
    },
    en: {
      purpose: "Registering a newborn's permanent household registration, needed for medical insurance, school and an ID card.",
      eligibility: "Newborns with a parent registered in this area; to be reported within one month of birth (Household Registration Regulations, art. 7), though later registration is still possible. Children born outside marriage or outside family-planning rules are registered on their birth certificate too.",
      materials: [
        "The Medical Birth Certificate (出生医学证明)",
        "Both parents' ID cards and household registers",
        "The parents' marriage certificate, if they have one (not having one does not prevent registration)",
        "If the other parent is registered elsewhere: their household register or a registration certificate",
      ],
      steps: [
        "Apply online through the joint 'birth' service, or book a visit to the window",
        "The officer checks the birth certificate and the parents' registration",
        "The baby is registered and a page added to the household register",
        "Online applicants can have the register posted or brought to the door",
      ],
      timeLimit: "On the spot at the window; online within 3 working days.",
      fee: "Free of charge.",
    },
    whereWhen: WINDOW,
  },
  {
    slug: "id-card",
    category: "household",
    name: { "zh-CN": "身份证申领、换领", en: "ID card: first application and renewal" },
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "首次申领居民身份证，或因有效期满、证件损坏、信息变更换领新证。",
      eligibility: "年满 16 周岁的公民应当申领，未满 16 周岁的可以申领（由监护人陪同）。有效期：未满 16 周岁 5 年，16–25 周岁 10 年，26–45 周岁 20 年，46 周岁以上长期。有效期满前三个月内可换领。非本市户籍的可“跨省通办”换领。",
      materials: [
        "户口簿（首次申领）或原居民身份证（换领）",
        "未满 16 周岁的：监护人居民身份证",
        "照片和指纹在窗口现场免费采集，无需自带照片",
      ],
      steps: [
        "预约到户籍窗口（本人必须到场）",
        "核对户籍信息，现场拍照、采集指纹",
        "缴纳工本费，领取受理回执（急用的可同时申请临时身份证）",
        "制证完成后凭回执领取，或选择邮寄、民警上门送证",
      ],
      timeLimit: "法定自受理之日起 60 日内发放（《居民身份证法》第十四条）；本市一般 15 个工作日。",
      fee: "工本费 20 元。",
    },
    en: {
      purpose: "Getting your first resident ID card, or a new one when it expires, is damaged or your details change.",
      eligibility: "Citizens aged 16 or over must apply; under 16 may (with a guardian). Validity: under 16, 5 years; 16–25, 10 years; 26–45, 20 years; 46 and over, long-term. Renew in the three months before expiry. People registered elsewhere can renew here.",
      materials: [
        "The household register (first card) or your current ID card (renewal)",
        "Under 16: a guardian's ID card",
        "Photo and fingerprints are taken free at the window; bring no photo",
      ],
      steps: [
        "Book a visit to the window (you must come in person)",
        "Your registration is checked, your photo and fingerprints taken",
        "Pay the fee and keep the receipt (a temporary ID card can be requested at the same time)",
        "Collect the card with the receipt, or choose postal or doorstep delivery",
      ],
      timeLimit: "By law within 60 days of acceptance (Resident Identity Card Law, art. 14); in this city usually 15 working days.",
      fee: "20 yuan.",
    },
    whereWhen: WINDOW,
  },
  {
    slug: "id-card-replacement",
    category: "household",
    name: { "zh-CN": "身份证补领（遗失、被盗）", en: "ID card replacement (lost or stolen)" },
    online: true,
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "居民身份证遗失、被盗后挂失并补领新证，防止被冒用。",
      eligibility: "身份证遗失或被盗的本人；户口不在本市的也可“跨省通办”补领。",
      materials: ["户口簿或其他能证明身份的材料（护照、驾驶证等）", "照片和指纹现场免费采集"],
      steps: [
        "立即网上或到窗口挂失（挂失后原证作废）",
        "预约到户籍窗口，本人到场",
        "核对身份，拍照、采集指纹，缴纳工本费",
        "凭回执领取新证，或选择邮寄、民警上门送证",
      ],
      timeLimit: "挂失即时生效；新证一般 15 个工作日内发放，法定不超过 60 日。",
      fee: "工本费 20 元。",
    },
    en: {
      purpose: "Reporting a lost or stolen ID card and getting a replacement, so nobody can use the old one.",
      eligibility: "The card holder; people registered elsewhere can also get a replacement here.",
      materials: ["Household register or another proof of identity (passport, driving licence)", "Photo and fingerprints are taken free at the window"],
      steps: [
        "Report the loss at once, online or at the window (the old card is then void)",
        "Book a visit to the window and come in person",
        "Identity checked, photo and fingerprints taken, fee paid",
        "Collect the new card with the receipt, or choose postal or doorstep delivery",
      ],
      timeLimit: "The loss report takes effect at once; the new card usually within 15 working days, by law at most 60 days.",
      fee: "20 yuan.",
    },
    whereWhen: WINDOW,
  },
  {
    slug: "temporary-id-card",
    category: "household",
    name: { "zh-CN": "临时身份证", en: "Temporary ID card (临时身份证)" },
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "在申领、换领、补领居民身份证期间急需证明身份（乘车、住宿、办理银行业务等）时使用，有效期三个月。",
      eligibility: "正在申领、换领、补领居民身份证且急需使用的公民。",
      materials: ["居民身份证受理回执", "户口簿", "照片现场免费拍摄"],
      steps: ["预约到户籍窗口（本人到场）", "核对受理回执和户籍信息，拍照", "缴纳工本费后领取临时身份证"],
      timeLimit: "当场制发；法定自受理之日起 3 日内发放（《临时居民身份证管理办法》）。",
      fee: "工本费 10 元。",
    },
    en: {
      purpose: "Proves your identity (travel, hotels, banks) while your ID card is being made; valid for three months.",
      eligibility: "Citizens whose first, renewed or replacement ID card is being made and who urgently need an ID.",
      materials: ["The ID card application receipt", "Household register", "The photo is taken free at the window"],
      steps: ["Book a visit to the window (in person)", "The receipt and registration are checked, your photo taken", "Pay the fee and take the temporary card with you"],
      timeLimit: "Made on the spot; by law within 3 days of acceptance (Measures on Temporary Resident ID Cards).",
      fee: "10 yuan.",
    },
    whereWhen: WINDOW,
  },
  {
    slug: "registration-certificate",
    category: "household",
    name: { "zh-CN": "户籍证明", en: "Household registration certificate (户籍证明)" },
    online: true,
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "证明本人户籍信息（姓名、出生日期、住址、户籍变动情况等），用于户口簿不在身边、办理公证、继承、入学等。",
      eligibility: "户口在本辖区的本人；代办的需本人委托。",
      materials: ["本人居民身份证", "代办的：代办人身份证和本人签字的委托书", "注明用途（用于哪个单位、什么事项）"],
      steps: [
        "网上申请电子户籍证明（可直接下载、扫码核验），或预约到窗口",
        "民警查询户籍档案，核实信息",
        "出具证明，加盖户籍专用章",
      ],
      timeLimit: "当场出具；需查阅历史档案的 3 个工作日内出具。",
      fee: "免费。",
    },
    en: {
      purpose: "Certifies your registration details (name, date of birth, address, changes of registration) when the register is not at hand, for notarisation, inheritance, school admission and the like.",
      eligibility: "People registered in this area; someone else may apply with your authorisation.",
      materials: ["Your resident ID card", "If someone applies for you: their ID card and your signed authorisation", "What it is for (which office, which matter)"],
      steps: [
        "Apply online for an electronic certificate (download it; it can be verified by scanning), or book a visit",
        "The officer looks up the registration records",
        "The certificate is issued and stamped",
      ],
      timeLimit: "On the spot; within 3 working days when old archives must be searched.",
      fee: "Free of charge.",
    },
    whereWhen: WINDOW,
  },
  {
    slug: "residence-registration",
    category: "household",
    name: { "zh-CN": "流动人口居住登记", en: "Residence registration for newcomers (居住登记)" },
    online: true,
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "离开户籍地到本辖区居住的人员登记居住信息；居住登记满半年是申领居住证的条件，也是子女入学等的依据。",
      eligibility: "离开常住户口所在地、在辖区居住的中国公民；按本省规定应当自到达之日起 30 日内申报。",
      materials: ["本人居民身份证", "住所信息：租赁合同或房东（出租人）信息，住单位宿舍的由单位提供", "联系电话"],
      steps: ["网上申报，或到社区警务室登记", "民警或社区网格员核实住址", "登记完成后可在网上查询居住登记记录"],
      timeLimit: "当场办结；网上申报 2 个工作日内核实完毕。",
      fee: "免费。",
    },
    en: {
      purpose: "Registering where you live if you come from elsewhere; six months of registration is a condition of the residence permit and of school places for children.",
      eligibility: "Chinese citizens living here away from their registered residence; under provincial rules, within 30 days of arriving.",
      materials: ["Your resident ID card", "Where you live: the tenancy contract or the landlord's details; the employer for a staff dormitory", "A phone number"],
      steps: ["Register online or at the community police office", "An officer or community grid worker checks the address", "Your registration record can then be looked up online"],
      timeLimit: "On the spot; online registrations are checked within 2 working days.",
      fee: "Free of charge.",
    },
    whereWhen: WINDOW_AND_COMMUNITY,
  },
  {
    slug: "rental-registration",
    category: "public_order",
    name: { "zh-CN": "出租房屋登记", en: "Rental housing registration (出租房屋登记)" },
    online: true,
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "房东出租房屋须向公安机关登记房屋和承租人信息，便于治安管理和租住人员的居住登记。",
      eligibility: "在辖区出租房屋的产权人或其委托的管理人、中介机构；签订租赁合同后应及时登记，承租人变更时及时更新。",
      materials: [
        "出租人居民身份证",
        "房屋产权证明（不动产权证书或购房合同）",
        "租赁合同",
        "承租人的身份证件信息（每位入住人员）",
        "委托代办的：委托书和代办人身份证",
      ],
      steps: [
        "网上登记，或到社区警务室登记",
        "民警核对房屋和承租人信息，必要时上门查看消防安全（群租、电动车充电等）",
        "登记完成，签订治安责任保证书",
        "承租人退租或更换时，网上更新",
      ],
      timeLimit: "当场办结；网上登记 2 个工作日内核实。",
      fee: "免费。",
    },
    en: {
      purpose: "Landlords register rented homes and their tenants with the police, for public safety and so tenants can register their residence.",
      eligibility: "Owners letting a home in the area, or the manager or agency acting for them; register after signing the lease and update when tenants change.",
      materials: [
        "The landlord's resident ID card",
        "Proof of ownership (property certificate or purchase contract)",
        "The tenancy contract",
        "Each tenant's ID details",
        "If an agent registers: the authorisation and the agent's ID card",
      ],
      steps: [
        "Register online or at the community police office",
        "The officer checks the home and the tenants, and may visit to check fire safety (overcrowding, e-bike charging)",
        "Registration done; sign the public-safety responsibility pledge",
        "Update online when tenants leave or change",
      ],
      timeLimit: "On the spot; online registrations are checked within 2 working days.",
      fee: "Free of charge.",
    },
    whereWhen: WINDOW_AND_COMMUNITY,
  },
  {
    slug: "no-criminal-record",
    category: "public_order",
    name: { "zh-CN": "无犯罪记录证明", en: "Certificate of no criminal record (无犯罪记录证明)" },
    online: true,
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "证明本人在本省（或全国）公安机关的违法犯罪记录库中没有犯罪记录，用于就业、入学、出国等。",
      eligibility: "中国公民可向户籍地或居住地（持居住证）派出所申请；可委托他人代办。",
      materials: [
        "本人居民身份证",
        "居住地申请的：居住证",
        "委托代办的：委托书、委托人和代办人身份证",
        "用途说明（如用人单位、留学等）",
      ],
      steps: [
        "网上申请（可下载带二维码的电子证明），或预约到窗口",
        "民警查询违法犯罪记录",
        "符合条件的出具证明，不符合的书面告知理由",
      ],
      timeLimit: "能当场办结的当场出具；不能当场办结的自受理之日起 3 个工作日内出具（《公安机关办理犯罪记录查询工作规定》）。",
      fee: "免费。",
    },
    en: {
      purpose: "Certifies that the police records hold no criminal record for you, for employment, study or going abroad.",
      eligibility: "Chinese citizens, at the station of their registered residence or, with a residence permit, where they live; someone else may apply for you.",
      materials: [
        "Your resident ID card",
        "Applying where you live: your residence permit",
        "Through someone else: the authorisation and both ID cards",
        "What it is for (employer, study abroad …)",
      ],
      steps: [
        "Apply online (download an electronic certificate with a QR code), or book a visit",
        "The officer searches the records",
        "The certificate is issued, or you are told in writing why not",
      ],
      timeLimit: "On the spot where possible; otherwise within 3 working days of acceptance (Ministry of Public Security rules on criminal record checks).",
      fee: "Free of charge.",
    },
    whereWhen: WINDOW,
  },
  {
    slug: "kinship-certificate",
    category: "household",
    name: { "zh-CN": "亲属关系证明", en: "Certificate of family relationship (亲属关系证明)" },
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "证明户籍档案中记载的亲属关系（如父母子女、夫妻），用于继承、公证、报销、探视等。",
      eligibility: "当事人或其近亲属；只能证明户籍档案中有记载的关系，档案无记载的请通过公证或其他材料证明。",
      materials: ["申请人居民身份证、户口簿", "被证明关系人的户口簿或身份信息（已注销的提供注销证明）", "用途说明"],
      steps: ["预约到户籍窗口", "民警查阅现有户籍和历史档案", "档案能证明的出具证明，不能证明的告知原因"],
      timeLimit: "档案可直接查询的当场出具；需调阅历史档案的 5 个工作日内答复。",
      fee: "免费。",
    },
    en: {
      purpose: "Certifies a family relationship recorded in the registration archives (parent and child, spouses), for inheritance, notarisation, claims or visits.",
      eligibility: "The person concerned or a close relative. Only relationships on record can be certified; otherwise use a notary or other documents.",
      materials: ["Your ID card and household register", "The other person's register or details (a cancellation certificate if their registration was cancelled)", "What it is for"],
      steps: ["Book a visit to the window", "The officer searches current and historical records", "The certificate is issued where the records show the relationship; otherwise you are told why"],
      timeLimit: "On the spot when the records are at hand; within 5 working days when old archives must be searched.",
      fee: "Free of charge.",
    },
    whereWhen: WINDOW,
  },
  {
    slug: "registration-change",
    category: "household",
    name: { "zh-CN": "户口项目变更、更正", en: "Changing or correcting registration details" },
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "变更姓名，更正出生日期、民族、性别等登记错误，变更文化程度、婚姻状况、服务处所等信息。",
      eligibility: "户口在本辖区的本人；未满 18 周岁的由父母或监护人申请（《户口登记条例》第十八条）。出生日期、民族更正须有原始依据。",
      materials: [
        "本人居民身份证、户口簿",
        "变更、更正依据：如出生医学证明、原始户籍档案、入学档案、婚姻登记证明、学历证书等",
        "变更姓名的：书面申请和理由说明；成年人还须提供单位或社区意见",
      ],
      steps: ["预约到户籍窗口", "提交申请和依据材料", "民警调查核实，报分局审批（姓名、出生日期、民族）", "变更后换发户口簿页，需换领身份证的同时受理"],
      timeLimit: "文化程度、婚姻状况等当场办结；需审批的 20 个工作日内办结。",
      fee: "免费（换领身份证收取工本费 20 元）。",
    },
    en: {
      purpose: "Changing a name; correcting a wrong date of birth, ethnicity or sex; updating education, marital status or workplace.",
      eligibility: "People registered in this area; parents or guardians apply for those under 18 (Household Registration Regulations, art. 18). Corrections of birth date or ethnicity need original evidence.",
      materials: [
        "Your ID card and household register",
        "The evidence: medical birth certificate, original registration file, school records, marriage certificate, diploma …",
        "For a change of name: a written application with the reason; adults also an opinion from their employer or community",
      ],
      steps: ["Book a visit to the window", "Hand in the application and the evidence", "The officer verifies it; name, birth date and ethnicity changes go to the sub-bureau for approval", "The register page is reissued; a new ID card can be applied for at the same time"],
      timeLimit: "Education and marital status on the spot; changes needing approval within 20 working days.",
      fee: "Free (a new ID card costs 20 yuan).",
    },
    whereWhen: WINDOW,
  },
  {
    slug: "separate-household",
    category: "household",
    name: { "zh-CN": "分户、立户", en: "Setting up a separate household (分户/立户)" },
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "在同一地址或新的合法住所单独立户，成为户主（如结婚后、购房后与原户分开）。",
      eligibility: "年满 18 周岁、有合法固定住所的居民：在自有产权住所立户；或在同一住所因结婚、继承、离婚等原因申请分户（须符合本市分户条件）。",
      materials: ["本人居民身份证、户口簿", "住所证明：不动产权证书", "分户原因证明：结婚证、离婚证、继承公证书等", "原户主书面意见（同一住所分户时）"],
      steps: ["预约到户籍窗口", "民警审核住所和分户条件", "办理立户，发放新户口簿（本人为户主）"],
      timeLimit: "当场办结；需核实住所的 5 个工作日内办结。",
      fee: "免费。",
    },
    en: {
      purpose: "Registering your own household, with you as head, at the same address or a new lawful home (after marrying or buying a home).",
      eligibility: "Residents of 18 or over with a lawful fixed home: in a home they own; or at the same address after marriage, inheritance or divorce (under the city's conditions).",
      materials: ["Your ID card and household register", "Proof of the home: property certificate", "The reason: marriage or divorce certificate, notarised inheritance …", "The current household head's written opinion (splitting at the same address)"],
      steps: ["Book a visit to the window", "The officer checks the home and the conditions", "The new household is registered and a register issued with you as head"],
      timeLimit: "On the spot; within 5 working days when the home must be checked.",
      fee: "Free of charge.",
    },
    whereWhen: WINDOW,
  },
  {
    slug: "hotel-licence",
    category: "public_order",
    name: { "zh-CN": "旅馆业特种行业许可", en: "Special trade licence for hotels and guesthouses" },
    online: true,
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "开办旅馆、宾馆、民宿（按旅馆业管理的），开业前须取得公安机关核发的《特种行业许可证》，并接入旅馆业治安管理信息系统，按规定登记旅客身份。",
      eligibility: "已取得营业执照、经营场所符合治安和消防安全要求的企业或个体工商户（《旅馆业治安管理办法》）。",
      materials: [
        "特种行业许可申请表",
        "营业执照",
        "法定代表人（负责人）居民身份证",
        "经营场所产权证明或租赁合同",
        "场所平面图、客房数量及治安保卫设施情况（监控、前台、寄存）",
        "消防安全检查合格或承诺材料",
        "治安保卫管理制度、治安保卫人员名单",
      ],
      steps: [
        "网上提交申请，或预约到治安窗口",
        "派出所民警到场核查场所和安全设施",
        "报滨河分局治安管理大队审批",
        "领取许可证，安装旅馆业治安管理信息系统后开业",
      ],
      timeLimit: "自受理之日起 20 个工作日内作出决定（《行政许可法》），本市承诺 10 个工作日。",
      fee: "免费。",
    },
    en: {
      purpose: "Hotels, guesthouses and homestays run as lodging businesses need a Special Trade Licence from the police before opening, must connect to the lodging security information system and register every guest's identity.",
      eligibility: "Companies or sole traders with a business licence whose premises meet security and fire-safety requirements (Measures on Public Security in the Hotel Trade).",
      materials: [
        "Application form",
        "Business licence",
        "ID card of the legal representative (manager)",
        "Property certificate or lease of the premises",
        "Floor plan, number of rooms and security facilities (CCTV, reception, luggage storage)",
        "Fire-safety inspection certificate or commitment",
        "Security rules and the names of security staff",
      ],
      steps: [
        "Apply online or book a visit to the public-order desk",
        "An officer inspects the premises and safety facilities",
        "The sub-bureau's public-order unit decides",
        "Collect the licence, install the guest registration system, then open",
      ],
      timeLimit: "Decided within 20 working days of acceptance (Administrative Licensing Law); the city promises 10 working days.",
      fee: "Free of charge.",
    },
    whereWhen: PUBLIC_ORDER_DESK,
  },
  {
    slug: "large-event-permit",
    category: "public_order",
    name: { "zh-CN": "大型群众性活动安全许可", en: "Safety permit for large public events" },
    online: true,
    appointment: true,
    idNumber: true,
    zh: {
      purpose: "举办预计参加人数 1000 人以上的演出、体育比赛、展览、游园、庙会、招聘会等大型群众性活动，须取得公安机关安全许可（《大型群众性活动安全管理条例》）。",
      eligibility: "活动承办者（依法成立的单位）。参加人数 1000–5000 人的由活动所在地县级公安机关（滨河分局）许可，5000 人以上的由市公安局许可；须在活动举办日 20 日前提出申请。",
      materials: [
        "承办者合法成立的证明及安全责任人身份证明",
        "活动方案及说明（时间、地点、内容、规模、票务）",
        "活动安全工作方案（安保人员、疏散通道、应急预案、消防措施）",
        "场所管理者同意提供活动场所的证明",
        "依法须经其他部门批准的，提供批准文件",
      ],
      steps: [
        "活动举办日 20 日前网上提交，或预约到治安窗口",
        "派出所协助分局现场勘查场所、核查安全措施",
        "公安机关审查后作出许可或不予许可决定",
        "活动当天按安全工作方案落实，公安机关现场监督",
      ],
      timeLimit: "自受理之日起 7 日内作出决定（条例第十二条）。",
      fee: "免费。",
    },
    en: {
      purpose: "Performances, sports events, exhibitions, fairs, temple fairs and job fairs expected to draw 1,000 people or more need a police safety permit (Regulations on the Safety of Large Public Events).",
      eligibility: "The organiser (a lawfully established body). 1,000–5,000 people: the district police (Binhe Sub-bureau); over 5,000: the city police. Apply at least 20 days before the event.",
      materials: [
        "Proof of the organiser's legal status and the safety officer's identity",
        "The event plan (time, place, programme, size, ticketing)",
        "The safety plan (stewards, evacuation routes, emergency plan, fire precautions)",
        "The venue manager's consent",
        "Other approvals the event needs by law",
      ],
      steps: [
        "Apply online or book a visit to the public-order desk at least 20 days ahead",
        "The station helps the sub-bureau inspect the venue and the safety measures",
        "The police grant or refuse the permit",
        "On the day the safety plan is carried out under police supervision",
      ],
      timeLimit: "Decided within 7 days of acceptance (Regulations, art. 12).",
      fee: "Free of charge.",
    },
    whereWhen: PUBLIC_ORDER_DESK,
  },
];

function guideOf(e: Entry): Guide {
  const pair = (zh: string, en: string): Text => ({ "zh-CN": zh, en });
  const lines = (zh: string[], en: string[]): Lines => ({ "zh-CN": zh, en });
  return {
    purpose: pair(e.zh.purpose, e.en.purpose),
    eligibility: pair(e.zh.eligibility, e.en.eligibility),
    materials: lines(e.zh.materials, e.en.materials),
    steps: lines(e.zh.steps, e.en.steps),
    timeLimit: e.zh.timeLimit && e.en.timeLimit ? pair(e.zh.timeLimit, e.en.timeLimit) : (e.timeLimit ?? ON_THE_SPOT),
    fee: e.zh.fee && e.en.fee ? pair(e.zh.fee, e.en.fee) : (e.fee ?? FREE),
    whereWhen: e.whereWhen ?? WINDOW,
  };
}

/** The catalogue, in display order. */
export const CATALOGUE_SERVICES: NewService[] = ENTRIES.map((e, i) => ({
  slug: e.slug,
  category: e.category,
  name: e.name,
  guide: guideOf(e),
  onlineApplication: e.online ?? false,
  appointment: e.appointment ?? false,
  needsIdNumber: e.idNumber ?? false,
  formFields: CATALOGUE_FORMS[e.slug] ?? [],
  sortOrder: (i + 1) * 10,
}));
