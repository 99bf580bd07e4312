import type { RequestKind, Role } from "@/db/schema";
import { advice } from "./advice";
import { application } from "./application";
import { appointment } from "./appointment";
import { consultation } from "./consultation";
import { delivery } from "./delivery";
import { help } from "./help";
import type { DetailField, FieldSpec, RequestKindModule } from "./kind";
import { commonFieldNames } from "./kind";
import { message } from "./message";
import { tip } from "./tip";

export type { DetailField, FieldSpec, RequestKindModule } from "./kind";
export { adviceTopics } from "./advice";
export { consultationTopics } from "./consultation";
export { tipCategories } from "./tip";

/**
 * Every kind of request, one module each, in the order the officer page lists its entry points. `satisfies`
 * makes tsc refuse a kind of the database enum (db/schema/requests.ts) without a module, or a module for a
 * kind the enum does not have; tests/request-kinds.test.ts checks every list below against the modules.
 */
export const requestKindModules = { message, tip, appointment, consultation, help, advice, application, delivery } satisfies {
  [K in RequestKind]: RequestKindModule & { kind: K };
};

type Modules = typeof requestKindModules;

export function kindModule(kind: RequestKind): RequestKindModule {
  return requestKindModules[kind];
}

const modules: RequestKindModule[] = Object.values(requestKindModules);
const kindsWhere = <K extends RequestKind>(test: (m: RequestKindModule) => boolean) => modules.filter(test).map((m) => m.kind as K);

/** Kinds a resident starts from an officer's page, each with its own short form. */
export type ResidentKind = { [K in keyof Modules]: Modules[K]["form"] extends null ? never : K }[keyof Modules];
export const residentKinds = kindsWhere<ResidentKind>((m) => m.form !== null);

export function isResidentKind(value: unknown): value is ResidentKind {
  return typeof value === "string" && (residentKinds as readonly string[]).includes(value);
}

/** The form of each resident kind: its fields and the schema of its own answers. */
export type ResidentForms = { [K in ResidentKind]: NonNullable<Modules[K]["form"]> };
export const residentForms = Object.fromEntries(residentKinds.map((kind) => [kind, requestKindModules[kind].form])) as ResidentForms;

/** What each resident kind's form asks, in order. */
export const formFields = Object.fromEntries(residentKinds.map((kind) => [kind, kindModule(kind).form!.fields])) as Record<
  ResidentKind,
  readonly FieldSpec[]
>;

/** The entry points of the officer page, in order. */
export type EntryPointKind = { [K in keyof Modules]: Modules[K]["entryPoint"] extends true ? K : never }[keyof Modules];
export const entryPointKinds = kindsWhere<EntryPointKind>((m) => m.entryPoint);

/** Kinds staff answer, with their default answer time in minutes (the administrator may set others). */
export type AnsweredKind = { [K in keyof Modules]: Modules[K]["answer"] extends null ? never : K }[keyof Modules];
export const defaultResponseMinutes = Object.fromEntries(
  modules.flatMap((m) => (m.answer ? [[m.kind, m.answer.defaultMinutes]] : [])),
) as Record<AnsweredKind, number>;

/** Kinds whose answer time the administrator sets, in the order the form lists them. */
export type TargetKind = {
  [K in keyof Modules]: Modules[K]["answer"] extends { targetFormPosition: number } ? K : never;
}[keyof Modules];
export const targetKinds = modules
  .flatMap((m) => (m.answer?.targetFormPosition ? [{ kind: m.kind as TargetKind, position: m.answer.targetFormPosition }] : []))
  .sort((a, b) => a.position - b.position)
  .map((t) => t.kind);

/** The kind's own answers, in the order its form asks them: what the details show on the tracking page and the dashboard. */
export function detailFields(kind: RequestKind): DetailField[] {
  const fields = requestKindModules[kind].form?.fields ?? [];
  return fields.map((f) => f.name).filter((name): name is DetailField => !(commonFieldNames as readonly string[]).includes(name));
}

/** Whether a kind's form has the "leave my contact" box: it is then anonymous unless the box is ticked. */
export function anonymousUnlessTicked(kind: RequestKind): boolean {
  return requestKindModules[kind].form?.fields.some((f) => f.name === "leaveContact") ?? false;
}

/** Calls for help: first in the queue, reaching the chief and the duty officer. */
export const urgentKinds = kindsWhere((m) => m.urgent);

/** Kinds whose reporter the given role never sees. */
export function kindsHidingReporterFrom(role: Role): RequestKind[] {
  return kindsWhere((m) => m.hidesReporterFrom.includes(role));
}

/** Kinds that await no answer (a booking, due at its time): never unanswered, never overdue. */
export const unansweredNeverKinds = kindsWhere((m) => m.answer === null);

/** Kinds a resident may add photos to. */
export const photoKinds = kindsWhere((m) => m.photos);
