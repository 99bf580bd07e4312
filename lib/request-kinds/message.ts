import { bodyField, defineKind, nameField, phoneField } from "./kind";

/** 请您留言: a message to the officer; name and phone optional. */
export const message = defineKind({
  kind: "message",
  form: { fields: [bodyField, nameField, phoneField], schema: {} },
  entryPoint: true,
  answer: { defaultMinutes: 24 * 60, targetFormPosition: 3 },
  urgent: false,
  hidesReporterFrom: [],
  auditsOpening: false,
  photos: true,
  ownSteps: null,
});
