import Link from "next/link";
import { useTranslations } from "next-intl";

/** What a 404 says: nothing here, and the two ways on (home, or the tracking look-up). */
export function NotFoundMessage() {
  const t = useTranslations("notFound");
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-10">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("text")}</p>
      <p className="flex flex-wrap gap-4">
        <Link href="/" className="font-medium text-police-700 underline">
          {t("home")}
        </Link>
        <Link href="/track" className="font-medium text-police-700 underline">
          {t("track")}
        </Link>
      </p>
    </main>
  );
}
