import Link from "next/link";
import { useTranslations } from "next-intl";

/** Staff wording for a dashboard page or record that is not there (or not theirs: the two look the same). */
export function StaffNotFoundMessage() {
  const t = useTranslations("dashboard.notFound");
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-10">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("text")}</p>
      <p>
        <Link href="/dashboard" className="font-medium text-police-700 underline">
          {t("queue")}
        </Link>
      </p>
    </main>
  );
}
