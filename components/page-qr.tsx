import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { publicUrl, qrSvg } from "@/lib/qr";

/**
 * A public page's own QR code (what a contact board or a notice carries), with SVG and PNG downloads from the
 * page's QR route. The wording comes from the page's namespace (qrTitle, qrAlt, qrHint, downloadSvg/Png).
 */
export async function PageQr({
  locale,
  namespace,
  pagePath,
  downloadPath,
  name,
}: {
  locale: Locale;
  namespace: "officer" | "services";
  pagePath: string;
  downloadPath: string;
  name: string;
}) {
  const t = await getTranslations({ locale, namespace });
  const svg = await qrSvg(publicUrl(pagePath));
  return (
    <section aria-labelledby="qr-title" className="flex flex-col items-center gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id="qr-title" className="text-lg font-bold">
        {t("qrTitle")}
      </h2>
      <div role="img" aria-label={t("qrAlt", { name })} className="w-48" dangerouslySetInnerHTML={{ __html: svg }} />
      <p className="text-sm text-slate-700">{t("qrHint")}</p>
      <p className="flex gap-4 text-sm">
        <a href={`${downloadPath}?format=svg`} className="font-medium text-police-700 underline" download>
          {t("downloadSvg")}
        </a>
        <a href={`${downloadPath}?format=png`} className="font-medium text-police-700 underline" download>
          {t("downloadPng")}
        </a>
      </p>
    </section>
  );
}
