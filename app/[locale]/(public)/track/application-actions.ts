"use server";

import { answerApplicationQuestion } from "@/db/queries/applications";
import { askForDelivery } from "@/db/queries/deliveries";
import { residentChange } from "@/server/resident-change";
import { applicationAnswerSchema, deliveryAskSchema } from "@/lib/validation/application-forms";

/* The resident's side of an application on the tracking page: answering a question, asking for delivery. */

export const answerQuestion = residentChange({
  schema: applicationAnswerSchema,
  done: "answered",
  change: (db, grant, input) => answerApplicationQuestion(db, grant, input.body),
});

export const requestDelivery = residentChange({
  schema: deliveryAskSchema,
  done: "deliveryAsked",
  errorParam: "deliveryError",
  change: (db, grant, input) => askForDelivery(db, grant, { day: input.day, placeId: input.place, address: input.address }),
});
