import { choice } from "../validation/resident-fields";
import { bodyField, defineKind, nameField, phoneField } from "./kind";

export const consultationTopics = ["household_registration", "residence_permit", "entry_exit", "traffic", "other"] as const;

/** 政策咨询: a policy question on a topic; its answer may be published, de-identified, to the community's FAQ. */
export const consultation = defineKind({
  kind: "consultation",
  form: {
    fields: [{ name: "topic", type: "select", options: consultationTopics }, bodyField, nameField, phoneField],
    schema: { topic: choice(consultationTopics) },
  },
  entryPoint: true,
  answer: { defaultMinutes: 48 * 60, targetFormPosition: 4 },
  urgent: false,
  hidesReporterFrom: [],
  auditsOpening: false,
  photos: false,
  ownSteps: null,
});
