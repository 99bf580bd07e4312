import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb, type Db } from "@/db";
import type { StaffUser } from "@/lib/authz";
import { currentStaff } from "./auth";
import { localeFromCookie, translatorFor } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/locales";
import type { ActionState, FieldErrors, FormActionFn } from "@/lib/form-state";
import { log } from "@/lib/log";
import { requestIdOf } from "@/lib/request-id";
import { reportDatabaseError } from "./database-monitor";

/** What an action body decides: a result to show, a page to go to after commit, or a refusal to explain. */
export type Outcome<T> =
  | { ok: T }
  // revalidate: cached public pages this change shows on, refreshed once the transaction has committed
  // (earlier, a visitor could re-cache the old page between the refresh and the commit). A route pattern
  // (its file path, route group included: /[locale]/(public)/book/[service]) refreshes every page of it.
  | { redirectTo: string; revalidate?: string[] }
  | { refuse: string; fieldErrors?: FieldErrors }
  | { rollback: string };

type Translate = Awaited<ReturnType<typeof translatorFor>>;

interface Context<I, U> {
  db: Db;
  input: I;
  user: U;
  locale: Locale;
  t: Translate;
}

type Access = "public" | ((user: StaffUser) => boolean);

/** A catalogue key for a validation message: "validation.x", or "<namespace>.validation.x" for a feature's own. */
const VALIDATION_KEY = /^([A-Za-z]+\.)?validation\.[A-Za-z0-9_]+$/;

/** Form fields that must not be echoed back into the form (passwords, secrets). */
const UNECHOED = /password|secret|^k$/i;

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    values[key] = value;
  }
  return values;
}

function echoable(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !UNECHOED.test(k)));
}

/**
 * The one way server actions are written: locale → session and role → zod → one transaction → typed result.
 * Schemas put catalogue keys (under "validation." or a namespace's "validation.") in their messages; anything
 * else zod reports is localized by zod's own locale. A redirect happens only after the transaction commits.
 */
export function formAction<S extends z.ZodType, T, A extends Access>(options: {
  schema: S;
  access: A;
  /**
   * false only for work that opens its own database access (next-auth's sign-in): on PGlite, a query
   * outside an open transaction waits for it, so nesting would deadlock.
   */
  transaction?: boolean;
  run: (ctx: Context<z.output<S>, A extends "public" ? StaffUser | null : StaffUser>) => Promise<Outcome<T>>;
}): FormActionFn<T> {
  return async (_previous, formData) => {
    const locale = await localeFromCookie();
    const t = await translatorFor(locale);
    // React calls a form's action with (previous state, FormData); other arguments come only from a crafted
    // request, which gets an answer like any bad input rather than a 500.
    if (!(formData instanceof FormData)) return { status: "error", message: t("errors.unreadableForm") };
    const values = formValues(formData);

    let user: StaffUser | null;
    try {
      user = await currentStaff();
    } catch (error) {
      return answerFailure(error, t, values);
    }
    if (options.access !== "public") {
      if (!user) redirect("/login");
      if (!options.access(user)) return { status: "error", message: t("errors.forbidden") };
    }

    const parsed = options.schema.safeParse(values, {
      error: (locale === "en" ? z.locales.en() : z.locales.zhCN()).localeError,
    });
    if (!parsed.success) {
      return { status: "invalid", fieldErrors: fieldErrorsOf(parsed.error.issues, t), values: echoable(values) };
    }

    let outcome: Outcome<T>;
    try {
      const db = await getDb();
      const run = async (handle: Db) => {
        const result = await options.run({ db: handle, input: parsed.data, user: user as StaffUser, locale, t });
        // Throwing rolls the transaction back; the refusal is then reported like any other.
        if ("rollback" in result) throw new Refusal(result.rollback);
        return result;
      };
      outcome = options.transaction === false ? await run(db) : await db.transaction((tx) => run(tx));
    } catch (error) {
      if (error instanceof Refusal) return { status: "error", message: error.message, values: echoable(values) };
      return answerFailure(error, t, values);
    }

    if ("redirectTo" in outcome) {
      for (const path of outcome.revalidate ?? []) revalidatePath(path, path.includes("[") ? "page" : undefined);
      redirect(outcome.redirectTo);
    }
    if ("refuse" in outcome) {
      return outcome.fieldErrors
        ? { status: "invalid", fieldErrors: outcome.fieldErrors, values: echoable(values) }
        : { status: "error", message: outcome.refuse, values: echoable(values) };
    }
    return { status: "ok", data: outcome.ok };
  };
}

class Refusal extends Error {}

/** A refusal that belongs to one field of the form: shown next to it (and as the form's message without JavaScript). */
export function refuseField(field: string, message: string): { refuse: string; fieldErrors: FieldErrors } {
  return { refuse: message, fieldErrors: { [field]: [message] } };
}

/**
 * A failure nobody chose: logged, and answered with "nothing was stored". When the database cannot be reached
 * (restarting, failed over), a browser with JavaScript keeps the form as typed with a message to send again
 * in a minute; a plain form post goes to the 503 page, which tells the resident how to get back to their form.
 */
async function answerFailure(error: unknown, t: Translate, values: Record<string, string>): Promise<ActionState<never>> {
  const requestHeaders = await headers();
  const databaseUnavailable = reportDatabaseError(error);
  log.error("form action failed", { requestId: requestIdOf(requestHeaders), databaseUnavailable, error });
  if (databaseUnavailable) {
    // React's own calls carry the action id in a header; a form posted without JavaScript does not.
    if (!requestHeaders.has("next-action")) redirect("/unavailable?form=1");
    return { status: "error", message: t("outage.formKept"), values: echoable(values) };
  }
  return { status: "error", message: t("errors.retry"), values: echoable(values) };
}

/**
 * zod's issues as the form shows them, by field; catalogue keys translated. Also for a second schema an
 * action can only build once it has read the database (a service's own form).
 */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[], t: Translate): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    const text = VALIDATION_KEY.test(issue.message) ? t(issue.message as "validation.required") : issue.message;
    (fieldErrors[field] ??= []).push(text);
  }
  return fieldErrors;
}
