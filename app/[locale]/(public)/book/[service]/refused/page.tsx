import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { getBookableService } from "@/db/queries/appointments";
import { parseDay } from "@/lib/calendar-day";
import { clockTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { redirectToNotFound } from "@/lib/not-found";

export async function generateMetadata({ params }: PageProps<"/[locale]/book/[service]/refused">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "appointments" });
  return { title: t("refusedTitle"), robots: { index: false } };
}

const refusals = ["full", "phone_unavailable", "unavailable", "limited", "phone"] as const;

/**
 * Why a booking sent without JavaScript was refused, and the way back to the (cached) picker. With JavaScript
 * the refusal shows in the form itself and this page is never seen.
 */
export default async function BookingRefusedPage({ params, searchParams }: PageProps<"/[locale]/book/[service]/refused">) {
  const { locale: raw, service: slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const service = await getBookableService(await getDb(), slug);
  if (!service) redirectToNotFound();
  const t = await getTranslations({ locale, namespace: "appointments" });
  const tv = await getTranslations({ locale, namespace: "validation" });
  const query = await searchParams;
  const error = refusals.find((r) => r === query.error) ?? "unavailable";
  const day = parseDay(query.day);
  const until = typeof query.until === "string" ? query.until.slice(0, 30) : "";
  const limitedUntil = new Date(until);
  const message =
    error === "phone"
      ? tv("phoneInvalid")
      : error === "limited"
        ? t("errors.limited", { time: Number.isNaN(limitedUntil.getTime()) ? "" : clockTime(limitedUntil, locale) })
        : t(`errors.${error}`);

  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-6">
      <h1 className="text-2xl font-bold text-police-900">{t("bookTitle", { service: service.name[locale] })}</h1>
      <FormAlert message={message} />
      <p>
        <Link href={`/book/${service.slug}${day ? `/${day}` : ""}`} className="inline-flex min-h-12 items-center font-semibold text-police-700 underline">
          {t("chooseAgain")}
        </Link>
      </p>
    </main>
  );
}
