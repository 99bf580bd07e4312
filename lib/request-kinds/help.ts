import { place } from "../validation/resident-fields";
import { bodyField, defineKind, nameField, phoneField } from "./kind";

/** 危难求助: a call for help, after "call 110 if you are in danger"; where the resident is, and what is wrong. */
export const help = defineKind({
  kind: "help",
  form: { fields: [{ name: "location", type: "text", maxLength: 200 }, bodyField, nameField, phoneField], schema: { location: place } },
  entryPoint: true,
  answer: { defaultMinutes: 60, targetFormPosition: 1 },
  urgent: true,
  hidesReporterFrom: [],
  auditsOpening: false,
  photos: true,
  ownSteps: null,
});
