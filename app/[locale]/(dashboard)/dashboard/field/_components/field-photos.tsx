import Image from "next/image";
import { thumbnailSize } from "@/lib/uploads/photos";

/** Field photos (a visit's, a hazard's) as thumbnails linking to the full photo, served by the scoped route. */
export function FieldPhotos({ photos, alt }: { photos: { id: string; width: number; height: number }[]; alt: (n: number) => string }) {
  if (photos.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-3">
      {photos.map((photo, i) => (
        <li key={photo.id}>
          <a href={`/api/field/photos/${photo.id}`} target="_blank" rel="noopener" className="block">
            {/* Served by the scoped route as is: nothing for Next's optimizer to fetch or cache. */}
            <Image unoptimized src={`/api/field/photos/${photo.id}?size=thumb`} alt={alt(i + 1)} {...thumbnailSize(photo)} className="h-28 w-auto rounded-lg border border-slate-200 object-cover" />
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * Adds photos to a field record: a plain multipart post to /api/field/photos (works without JavaScript; the
 * phone offers its camera). `target` says which record and what for ("visit:12", "hazard:7:proof").
 */
export function FieldPhotoForm({ target, label, hint, submit }: { target: string; label: string; hint: string; submit: string }) {
  const inputId = `photos-${target.replace(/\W/g, "-")}`;
  return (
    <form method="post" action="/api/field/photos" encType="multipart/form-data" className="flex flex-col gap-2">
      <input type="hidden" name="target" value={target} />
      <label htmlFor={inputId} className="text-base font-medium">
        {label}
      </label>
      <input
        id={inputId}
        type="file"
        name="photos"
        accept="image/jpeg,image/png,image/webp"
        multiple
        aria-describedby={`${inputId}-hint`}
        className="text-base file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2"
      />
      <p id={`${inputId}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      <button type="submit" className="inline-flex min-h-12 items-center justify-center self-start rounded-lg border border-police-700 bg-white px-5 text-base font-semibold text-police-700 hover:bg-police-50">
        {submit}
      </button>
    </form>
  );
}
