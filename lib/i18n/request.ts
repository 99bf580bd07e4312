import { getRequestConfig } from "next-intl/server";
import { catalogues } from "@/messages";
import { defaultLocale, isLocale, TIME_ZONE } from "./locales";

export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: catalogues[locale],
  };
});
