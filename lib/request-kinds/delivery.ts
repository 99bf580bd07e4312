import { defineKind } from "./kind";

/**
 * 上门送证: a doorstep delivery as a request of its own. No flow makes one yet: a delivery is asked for on its
 * application's tracking page and kept with the application (db/queries/deliveries.ts).
 */
export const delivery = defineKind({
  kind: "delivery",
  form: null,
  entryPoint: false,
  answer: { defaultMinutes: 24 * 60, targetFormPosition: null },
  urgent: false,
  hidesReporterFrom: [],
  auditsOpening: false,
  photos: false,
  ownSteps: null,
});
