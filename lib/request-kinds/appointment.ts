import { defineKind } from "./kind";

/**
 * 预约办事: a booked time at the station hall or with an officer (db/queries/appointments/). Its entry point leads
 * to the officer's booking page; it awaits no answer (it is due at its time) and follows its booking's states.
 */
export const appointment = defineKind({
  kind: "appointment",
  form: null,
  entryPoint: true,
  answer: null,
  urgent: false,
  hidesReporterFrom: [],
  auditsOpening: false,
  photos: false,
  ownSteps: "booking",
});
