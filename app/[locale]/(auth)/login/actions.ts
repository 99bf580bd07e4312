"use server";

import { CredentialsSignin } from "next-auth";
import { getDb } from "@/db";
import { activeRoleByLogin } from "@/db/queries/staff";
import { landingPath } from "@/lib/authz";
import { signIn } from "@/server/auth";
import { formAction } from "@/server/action";
import { clockTime } from "@/lib/i18n/format";
import { signInSchema } from "@/lib/validation/staff-forms";

export const signInAction = formAction({
  schema: signInSchema,
  access: "public",
  transaction: false,
  async run({ input, t, locale }) {
    try {
      await signIn("credentials", { login: input.login, password: input.password, redirect: false });
    } catch (error) {
      if (!(error instanceof CredentialsSignin)) throw error;
      const lockedUntil = error.code.startsWith("locked:") ? new Date(error.code.slice("locked:".length)) : null;
      if (lockedUntil && !Number.isNaN(lockedUntil.getTime())) {
        return { refuse: t("signIn.locked", { time: clockTime(lockedUntil, locale) }) };
      }
      return { refuse: t("signIn.invalid") };
    }
    return { redirectTo: landingPath(await activeRoleByLogin(await getDb(), input.login)) };
  },
});
