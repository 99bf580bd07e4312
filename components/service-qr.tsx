import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { publicUrl, qrSvg } from "@/lib/qr";
import { servicePagePath } from "@/lib/services";

/** A service guide's own QR code (for a contact board or a notice), with SVG and PNG downloads. */
export async function ServiceQr({ locale, slug, name }: { locale: Locale; slug: string; name: string }) {
  const t = await getTranslations({ locale, namespace: "services" });
  const svg = await qrSvg(publicUrl(servicePagePath(slug)));
  const download = `/api/services/${slug}/qr`;
  return (
    <section aria-labelledby="qr-title" className="flex flex-col items-center gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id="qr-title" className="text-lg font-bold">
        {t("qrTitle")}
      </h2>
      <div role="img" aria-label={t("qrAlt", { name })} className="w-48" dangerouslySetInnerHTML={{ __html: svg }} />
      <p className="text-sm text-slate-700">{t("qrHint")}</p>
      <p className="flex gap-4 text-sm">
        <a href={`${download}?format=svg`} className="font-medium text-police-700 underline" download>
          {t("downloadSvg")}
        </a>
        <a href={`${download}?format=png`} className="font-medium text-police-700 underline" download>
          {t("downloadPng")}
        </a>
      </p>
    </section>
  );
}
