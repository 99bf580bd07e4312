import Image from "next/image";
import { getTranslations } from "next-intl/server";
import type { PhotoListing } from "@/db/queries/attachments";
import type { Locale } from "@/lib/i18n/locales";
import { thumbnailSize } from "@/lib/uploads/photos";

/** The resident's photos on the staff request page: thumbnails linking to the full photo (both audited). */
export async function RequestPhotos({ requestId, photos, locale }: { requestId: string; photos: PhotoListing[]; locale: Locale }) {
  if (photos.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "photos" });
  const base = `/api/requests/${requestId}/photos`;
  return (
    <section aria-labelledby="request-photos" className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id="request-photos" className="text-lg font-bold">
        {t("staffTitle")}
      </h2>
      <ul className="flex flex-wrap gap-3">
        {photos.map((photo, i) => (
          <li key={photo.id}>
            <a href={`${base}/${photo.id}`} target="_blank" rel="noopener" className="block">
              {/* Served by the audited route as is: nothing for Next's optimizer to fetch or cache. */}
              <Image
                unoptimized
                src={`${base}/${photo.id}?size=thumb`}
                alt={t("alt", { n: i + 1 })}
                {...thumbnailSize(photo)}
                className="h-32 w-auto rounded-lg border border-slate-200 object-cover"
              />
            </a>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-600">{t("staffHint")}</p>
    </section>
  );
}
