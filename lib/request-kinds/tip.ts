import { checkbox, choice, place, when } from "../validation/resident-fields";
import { bodyField, defineKind, nameField, phoneField } from "./kind";

export const tipCategories = ["drugs", "fraud", "theft", "gambling", "suspicious_person", "other"] as const;

/**
 * 线索举报: a tip, anonymous unless the reporter ticks "leave my contact". Auxiliaries never see who sent it,
 * and every opening is audited.
 */
export const tip = defineKind({
  kind: "tip",
  form: {
    fields: [
      { name: "category", type: "select", options: tipCategories },
      { name: "where", type: "text", maxLength: 200 },
      { name: "when", type: "text", maxLength: 100, optional: true },
      bodyField,
      { name: "leaveContact", type: "checkbox" },
      nameField,
      phoneField,
    ],
    schema: { category: choice(tipCategories), where: place, when, leaveContact: checkbox },
  },
  entryPoint: true,
  answer: { defaultMinutes: 24 * 60, targetFormPosition: 2 },
  urgent: false,
  hidesReporterFrom: ["auxiliary"],
  auditsOpening: true,
  photos: true,
  ownSteps: null,
});
