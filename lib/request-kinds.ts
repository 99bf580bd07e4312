/**
 * The kinds of request a resident starts from an officer's page, and the fields each asks for. Shared by the
 * form (client), the schema (lib/validation/request-forms.ts) and the pages, so the three cannot drift apart.
 */
export const residentKinds = ["message", "tip", "consultation", "help", "advice"] as const;
export type ResidentKind = (typeof residentKinds)[number];

export function isResidentKind(value: unknown): value is ResidentKind {
  return typeof value === "string" && (residentKinds as readonly string[]).includes(value);
}

export const tipCategories = ["drugs", "fraud", "theft", "gambling", "suspicious_person", "other"] as const;
export const consultationTopics = ["household_registration", "residence_permit", "entry_exit", "traffic", "other"] as const;
export const adviceTopics = ["home", "shop", "elderly_relative", "online_fraud"] as const;

export type FieldSpec =
  | { name: "body"; type: "textarea" }
  | { name: "where" | "location"; type: "text"; maxLength: number }
  | { name: "when"; type: "text"; maxLength: number; optional: true }
  | { name: "category"; type: "select"; options: readonly string[] }
  | { name: "topic"; type: "select"; options: readonly string[] }
  | { name: "leaveContact"; type: "checkbox" }
  | { name: "name"; type: "text"; maxLength: number; optional: true; contact: true }
  | { name: "phone"; type: "tel"; maxLength: number; optional: true; contact: true };

const name = { name: "name", type: "text", maxLength: 40, optional: true, contact: true } as const;
const phone = { name: "phone", type: "tel", maxLength: 20, optional: true, contact: true } as const;
const body = { name: "body", type: "textarea" } as const;

/** Only what each kind needs, in the order a resident answers. */
export const formFields: Record<ResidentKind, readonly FieldSpec[]> = {
  message: [body, name, phone],
  // Anonymous by default: the contact fields count only when the reporter ticks "leave my contact".
  tip: [
    { name: "category", type: "select", options: tipCategories },
    { name: "where", type: "text", maxLength: 200 },
    { name: "when", type: "text", maxLength: 100, optional: true },
    body,
    { name: "leaveContact", type: "checkbox" },
    name,
    phone,
  ],
  help: [{ name: "location", type: "text", maxLength: 200 }, body, name, phone],
  consultation: [{ name: "topic", type: "select", options: consultationTopics }, body, name, phone],
  advice: [{ name: "topic", type: "select", options: adviceTopics }, body, name, phone],
};
