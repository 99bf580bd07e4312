import { choice } from "../validation/resident-fields";
import { bodyField, defineKind, nameField, phoneField } from "./kind";

export const adviceTopics = ["home", "shop", "elderly_relative", "online_fraud"] as const;

/** 防范建议: a request for prevention advice about what the resident wants to protect. */
export const advice = defineKind({
  kind: "advice",
  form: {
    fields: [{ name: "topic", type: "select", options: adviceTopics }, bodyField, nameField, phoneField],
    schema: { topic: choice(adviceTopics) },
  },
  entryPoint: true,
  answer: { defaultMinutes: 72 * 60, targetFormPosition: 5 },
  urgent: false,
  hidesReporterFrom: [],
  auditsOpening: false,
  photos: false,
  ownSteps: null,
});
