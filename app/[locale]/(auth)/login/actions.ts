"use server";

import { CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth";
import { formAction } from "@/lib/action";
import { TIME_ZONE } from "@/lib/i18n/locales";
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
        const time = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" }).format(lockedUntil);
        return { refuse: t("signIn.locked", { time }) };
      }
      return { refuse: t("signIn.invalid") };
    }
    return { redirectTo: "/dashboard" };
  },
});
