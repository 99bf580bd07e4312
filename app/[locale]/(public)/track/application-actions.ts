"use server";

import { answerApplicationQuestion } from "@/db/queries/applications";
import { askForDelivery } from "@/db/queries/deliveries";
import { residentChange } from "@/server/resident-change";
import { applicationAnswerSchema, deliveryAskSchema } from "@/lib/validation/application-forms";

/* The resident's side of an application on the tracking page: answering a question, asking for delivery. */

export const answerQuestion = residentChange({
  schema: applicationAnswerSchema,
  done: "answered",
  change: (db, requestId, input) => answerApplicationQuestion(db, requestId, input.body),
});

export const requestDelivery = residentChange({
  schema: deliveryAskSchema,
  done: "deliveryAsked",
  errorParam: "deliveryError",
  change: (db, requestId, input) =>
    askForDelivery(db, requestId, { day: input.day, placeId: input.place, address: input.address }),
});
