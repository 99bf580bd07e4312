import type { z } from "zod";
import type { RequestKind, Role } from "@/db/schema";

/*
 * What a kind of request is, in one module per kind (lib/request-kinds/<kind>.ts). The lists the rest of the
 * portal works from — the kinds a resident starts from an officer's page and their form union, the entry
 * points, the answer-time targets and their form, the details the dashboard shows, who may not see the
 * reporter, which kinds come first in the queue — are derived from these modules in ./index.ts, so a new kind
 * is one new module (CONTRIBUTING.md: "Add a request kind").
 */

/** A field of a resident's form, in the order a resident answers; its wording is requestForms.<kind>.<name> or requestForms.fields.<name>. */
export type FieldSpec =
  | { name: "body"; type: "textarea" }
  | { name: "where" | "location"; type: "text"; maxLength: number }
  | { name: "when"; type: "text"; maxLength: number; optional: true }
  | { name: "category"; type: "select"; options: readonly string[] }
  | { name: "topic"; type: "select"; options: readonly string[] }
  | { name: "leaveContact"; type: "checkbox" }
  | { name: "name"; type: "text"; maxLength: number; optional: true; contact: true }
  | { name: "phone"; type: "tel"; maxLength: number; optional: true; contact: true };

/** The fields every form has (the message, and the contact details) and the tip's "leave my contact" box. */
export const commonFieldNames = ["body", "name", "phone", "leaveContact"] as const;

/** A kind's own answers, stored in the request's details and shown on the tracking page and the dashboard. */
export type DetailField = Exclude<FieldSpec["name"], (typeof commonFieldNames)[number]>;

export const nameField = { name: "name", type: "text", maxLength: 40, optional: true, contact: true } as const;
export const phoneField = { name: "phone", type: "tel", maxLength: 20, optional: true, contact: true } as const;
export const bodyField = { name: "body", type: "textarea" } as const;

/** The short form of a kind a resident starts from an officer's page. */
export interface ResidentForm {
  /** What the form asks, in order: the form is built from it, and the catalogue test checks its wording. */
  fields: readonly FieldSpec[];
  /**
   * The schema of the kind's own answers (lib/validation/resident-fields.ts has the pieces); the body, name
   * and phone every form has are added by lib/validation/request-forms.ts. A kind whose fields include
   * leaveContact is anonymous unless the box is ticked: its contact details are then not stored.
   */
  schema: z.core.$ZodLooseShape;
}

export interface RequestKindModule {
  kind: RequestKind;
  /** Its form on the officer's page (/officers/<slug>/<kind>); null: started elsewhere (booked, applied for). */
  form: ResidentForm | null;
  /** Whether the officer page lists it among its entry points (in the order of ./index.ts). */
  entryPoint: boolean;
  /**
   * How soon staff should answer it by default, and where the administrator's answer-time form lists it
   * (1 first; null: the target is not set there). Null: it awaits no answer (a booking is due at its time).
   */
  answer: { defaultMinutes: number; targetFormPosition: number | null } | null;
  /**
   * A call for help: first in the queue, marked red there and on the officer page, reaches the chief and,
   * outside office hours, the duty officer; its form and its tracking page give the station's 24-hour phone.
   */
  urgent: boolean;
  /** Roles that never see who sent it (not even masked), nor find it by phone. */
  hidesReporterFrom: readonly Role[];
  /** Whether opening it on the dashboard is audited (and its links are never prefetched). */
  auditsOpening: boolean;
  /** Whether the resident may add photos to it (up to three, while it is open). */
  photos: boolean;
  /**
   * Its status follows steps of its own, never set by hand nor moved by a reply, and its tracking page has
   * that flow's panel: a booking (booked, moved, cancelled, attended, missed) or an application's steps.
   * Null: staff set its status; the resident may reopen it within a week of its resolution.
   */
  ownSteps: "booking" | "application" | null;
}

/** Declares a kind's module, keeping its literal types (the form's kind and schema) for ./index.ts. */
export function defineKind<const M extends RequestKindModule>(definition: M): M {
  return definition;
}
