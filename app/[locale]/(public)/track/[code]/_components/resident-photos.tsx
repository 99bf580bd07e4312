import Image from "next/image";
import { getTranslations } from "next-intl/server";
import type { PhotoListing } from "@/db/queries/attachments";
import type { Locale } from "@/lib/i18n/locales";
import { MAX_PHOTOS_PER_REQUEST, thumbnailSize } from "@/lib/uploads/photos";

/**
 * On the tracking page: the photos the resident added, and a plain multipart form to add more (it posts to
 * a route handler and comes back here, so it works without JavaScript). `slotsLeft` null: no more photos
 * for this request (its kind takes none, or it is resolved).
 */
export async function ResidentPhotos({
  locale,
  code,
  secret,
  photos,
  slotsLeft,
}: {
  locale: Locale;
  code: string;
  secret?: string;
  photos: PhotoListing[];
  slotsLeft: number | null;
}) {
  if (photos.length === 0 && slotsLeft === null) return null;
  const t = await getTranslations({ locale, namespace: "photos" });
  const base = `/api/track/${code}/photos`;
  const url = (id: string, size?: "thumb") => {
    const query = new URLSearchParams({ ...(secret ? { k: secret } : {}), ...(size ? { size } : {}) }).toString();
    return `${base}/${id}${query ? `?${query}` : ""}`;
  };
  return (
    <section aria-labelledby="resident-photos" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id="resident-photos" className="text-lg font-bold">
        {slotsLeft ? t("title") : t("photos")}
      </h2>
      {photos.length > 0 ? (
        <ul className="flex flex-wrap gap-3">
          {photos.map((photo, i) => (
            <li key={photo.id}>
              <a href={url(photo.id)} className="block">
                <Image
                  unoptimized
                  src={url(photo.id, "thumb")}
                  alt={t("alt", { n: i + 1 })}
                  {...thumbnailSize(photo)}
                  className="h-28 w-auto rounded-lg border border-slate-200 object-cover"
                />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {slotsLeft ? (
        <form method="post" action={base} encType="multipart/form-data" className="flex flex-col gap-2">
          {secret ? <input type="hidden" name="k" value={secret} /> : null}
          <label htmlFor="photos-input" className="text-base font-medium">
            {t("choose")}
          </label>
          <input
            id="photos-input"
            type="file"
            name="photos"
            accept="image/jpeg,image/png,image/webp"
            multiple
            required
            aria-describedby="photos-hint"
            className="text-base file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2"
          />
          <p id="photos-hint" className="text-sm text-slate-600">
            {t("hint")} {slotsLeft < MAX_PHOTOS_PER_REQUEST ? t("left", { n: slotsLeft }) : null}
          </p>
          <button type="submit" className="self-start rounded-lg bg-police-700 px-4 py-2 text-base font-semibold text-white">
            {t("upload")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
