import type { ServiceFormField } from "../schema/services";

/*
 * The online application forms of the catalogue's services, as data (lib/applications/form-schema.ts builds the
 * checks from them). The applicant's name, mobile number and community are asked by every form and are not
 * repeated here. Documents (type "file") are photographed and sent from the tracking page after applying.
 */

type Label = { "zh-CN": string; en: string };
const l = (zh: string, en: string): Label => ({ "zh-CN": zh, en });
const field = (name: string, type: ServiceFormField["type"], label: Label, required = true, extra: Partial<ServiceFormField> = {}): ServiceFormField => ({
  name,
  type,
  label,
  required,
  ...extra,
});
const choice = (name: string, label: Label, options: [string, Label][], required = true): ServiceFormField =>
  field(name, "choice", label, required, { options: options.map(([value, optionLabel]) => ({ value, label: optionLabel })) });

const idNumber = field("idNumber", "id_number", l("申请人身份证号码", "Applicant's ID number"));
const idCardPhoto = field("idCardPhoto", "file", l("身份证正面照片", "Photo of the front of the ID card"));
const address = (label: Label) => field("address", "address", label);

export const CATALOGUE_FORMS: Record<string, ServiceFormField[]> = {
  "residence-permit": [
    idNumber,
    address(l("在本辖区的居住地址", "Address where you live in this area")),
    field("livingSince", "date", l("开始居住日期", "Living there since"), true, { dateRange: "past" }),
    choice("basis", l("居住依据", "Basis of residence"), [
      ["employment", l("合法稳定就业", "Stable lawful employment")],
      ["residence", l("合法稳定住所", "Stable lawful residence")],
      ["study", l("连续就读", "Continuous study")],
    ]),
    field("employer", "text", l("工作单位或学校（如有）", "Employer or school (if any)"), false, { maxLength: 100 }),
    idCardPhoto,
    field("proofPhoto", "file", l("租房合同、房产证或工作证明照片", "Photo of the lease, title deed or proof of employment")),
  ],
  "dog-licence": [
    idNumber,
    address(l("养犬地址", "Where the dog is kept")),
    field("dogName", "text", l("犬只名字", "Dog's name"), true, { maxLength: 30 }),
    field("breed", "text", l("品种", "Breed"), true, { maxLength: 40 }),
    choice("dogSex", l("性别", "Sex"), [
      ["male", l("公", "Male")],
      ["female", l("母", "Female")],
    ]),
    field("vaccinatedOn", "date", l("狂犬疫苗接种日期", "Rabies vaccination date"), true, { dateRange: "past" }),
    choice("application", l("办理类型", "Kind of application"), [
      ["new", l("新办登记", "First registration")],
      ["annual", l("年检", "Annual check")],
    ]),
    field("vaccinationPhoto", "file", l("免疫证明照片", "Photo of the vaccination certificate")),
    field("dogPhoto", "file", l("犬只正面照片", "Photo of the dog, from the front")),
  ],
  "household-move-in": [
    idNumber,
    address(l("迁入地址", "Address to move the registration to")),
    choice("reason", l("迁入原因", "Reason for moving in"), [
      ["purchase", l("购房落户", "Bought a home here")],
      ["marriage", l("投靠配偶", "Joining a spouse")],
      ["parents", l("投靠父母或子女", "Joining parents or children")],
      ["talent", l("人才引进", "Recruited talent")],
      ["other", l("其他", "Other")],
    ]),
    field("fromRegistration", "address", l("原户籍地址", "Current place of registration")),
    field("movers", "text", l("随迁人员（姓名，与申请人关系）", "Family moving with you (name, relationship)"), false, { maxLength: 200 }),
    field("basisPhoto", "file", l("房产证、结婚证或准迁证明照片", "Photo of the title deed, marriage certificate or move permit")),
  ],
  "birth-registration": [
    field("childName", "text", l("新生儿姓名", "Baby's name"), true, { maxLength: 20 }),
    field("birthDate", "date", l("出生日期", "Date of birth"), true, { dateRange: "past" }),
    choice("childSex", l("性别", "Sex"), [
      ["male", l("男", "Boy")],
      ["female", l("女", "Girl")],
    ]),
    choice("registerWith", l("随父或随母落户", "Registered with"), [
      ["father", l("随父", "The father")],
      ["mother", l("随母", "The mother")],
    ]),
    address(l("落户地址", "Address of registration")),
    field("birthCertificatePhoto", "file", l("《出生医学证明》照片", "Photo of the medical birth certificate")),
  ],
  "id-card-replacement": [
    idNumber,
    choice("reason", l("办理原因", "Reason"), [
      ["expired", l("有效期满换领", "Renewal: expired")],
      ["damaged", l("损坏换领", "Renewal: damaged")],
      ["lost", l("遗失补领", "Replacement: lost")],
    ]),
    field("lostOn", "date", l("遗失日期（补领时填写）", "Date lost (for a replacement)"), false, { dateRange: "past" }),
    address(l("现住址", "Current address")),
  ],
  "registration-certificate": [
    idNumber,
    choice("purpose", l("证明用途", "What the certificate is for"), [
      ["school", l("入学", "School enrolment")],
      ["work", l("就业", "Employment")],
      ["property", l("房产交易", "Property transaction")],
      ["other", l("其他", "Other")],
    ]),
    field("content", "text", l("需要证明的事项", "What it should certify"), true, { maxLength: 200 }),
    address(l("现住址", "Current address")),
  ],
  "residence-registration": [
    idNumber,
    address(l("在本辖区的居住地址", "Address where you live in this area")),
    field("arrivedOn", "date", l("到达日期", "Date of arrival"), true, { dateRange: "past" }),
    field("landlordPhone", "phone", l("房东或单位联系电话", "Landlord's or employer's phone"), false),
    idCardPhoto,
  ],
  "rental-registration": [
    idNumber,
    address(l("出租房屋地址", "Address of the rented home")),
    field("tenantName", "text", l("承租人姓名", "Tenant's name"), true, { maxLength: 40 }),
    field("tenantPhone", "phone", l("承租人手机号码", "Tenant's mobile number")),
    field("leaseStart", "date", l("租赁开始日期", "Lease starts")),
    field("leaseEnd", "date", l("租赁结束日期", "Lease ends"), true, { dateRange: "future" }),
    field("leasePhoto", "file", l("租赁合同照片", "Photo of the lease")),
  ],
  "no-criminal-record": [
    idNumber,
    choice("purpose", l("证明用途", "What the certificate is for"), [
      ["employment", l("就业", "Employment")],
      ["study_abroad", l("出国留学", "Study abroad")],
      ["visa", l("签证", "Visa")],
      ["other", l("其他", "Other")],
    ]),
    field("receivingBody", "text", l("接收单位", "Organisation that asked for it"), true, { maxLength: 100 }),
    address(l("现住址", "Current address")),
    idCardPhoto,
  ],
  "hotel-licence": [
    idNumber,
    field("businessName", "text", l("场所名称", "Name of the business"), true, { maxLength: 100 }),
    address(l("经营地址", "Business address")),
    field("rooms", "text", l("客房数量", "Number of rooms"), true, { maxLength: 10 }),
    field("licencePhoto", "file", l("营业执照照片", "Photo of the business licence")),
  ],
  "large-event-permit": [
    idNumber,
    field("eventName", "text", l("活动名称", "Name of the event"), true, { maxLength: 100 }),
    field("eventDate", "date", l("活动日期", "Date of the event"), true, { dateRange: "future" }),
    address(l("活动地点", "Venue")),
    field("expectedPeople", "text", l("预计人数", "Expected attendance"), true, { maxLength: 10 }),
    field("safetyPlanPhoto", "file", l("安全工作方案照片", "Photo of the safety plan")),
  ],
};
