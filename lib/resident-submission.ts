import type { AnsweredKind } from "@/db/schema";
import { keyedHash } from "./crypto";
import type { SubmissionClient } from "./submission-client";
import { contactOf, detailsOf, type ResidentRequestInput } from "./validation/request-forms";

/** A resident's request as db/queries/resident-requests.ts stores it. */
export interface NewResidentRequest {
  // Every kind but an appointment (booked through bookSlot, with its time instead of an answer time).
  kind: AnsweredKind;
  officerSlug: string;
  residentName: string | null;
  residentPhone: string | null;
  anonymous: boolean;
  body: string;
  details: Record<string, string>;
  /** A keyed hash that is the same for a repeat of this submission (browser key, or content + client). */
  repeatKey: string;
  /** Keyed hashes of the client and of its address alone, for the submission limits. Never stored with the request. */
  clientKey: string;
  addressKey: string;
  /** A keyed hash of the phone given, if any, for the submission limit. */
  phoneKey: string | null;
}

/**
 * What is stored for a resident's form, and the keys that recognise a repeat and limit a sender. The client
 * (address and browser) enters only as keyed hashes, kept minutes to a day in their own tables and never
 * with the request: an anonymous tip must not be traceable to a device.
 */
export function toNewResidentRequest(input: ResidentRequestInput, client: SubmissionClient): NewResidentRequest {
  const contact = contactOf(input);
  const details = detailsOf(input);
  // With JavaScript the browser sends a key per form load; without it, the same content from the same
  // client within the repeat window counts as the same submission.
  const repeatKey = input.submissionKey
    ? keyedHash("submission", `key\0${input.submissionKey}`)
    : keyedHash(
        "submission",
        ["content", client.id, input.kind, input.officer, contact.name, contact.phone, JSON.stringify(details), input.body].join("\0"),
      );
  return {
    kind: input.kind,
    officerSlug: input.officer,
    residentName: contact.name,
    residentPhone: contact.phone,
    anonymous: input.kind === "tip" && !input.leaveContact,
    body: input.body,
    details,
    repeatKey,
    clientKey: client.clientKey,
    addressKey: client.addressKey,
    phoneKey: contact.phone ? keyedHash("phone", contact.phone) : null,
  };
}
