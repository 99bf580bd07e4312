import "server-only";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "./locales";

/**
 * Server actions and route handlers have no [locale] segment to read, so they read the cookie the rewrite
 * used. Pages must not call this: reading a cookie makes a page per-request (STACK.md item 12).
 */
export async function localeFromCookie(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : defaultLocale;
}

export async function translatorFor(locale: Locale) {
  return getTranslations({ locale });
}
