import { defineKind } from "./kind";

/**
 * 在线申请: an online application for a service of the catalogue (its form is the service's, as data:
 * lib/applications/). Staff move it through its steps; its first step is its first answer.
 */
export const application = defineKind({
  kind: "application",
  form: null,
  entryPoint: false,
  answer: { defaultMinutes: 5 * 24 * 60, targetFormPosition: null },
  urgent: false,
  hidesReporterFrom: [],
  auditsOpening: false,
  photos: false,
  ownSteps: "application",
});
