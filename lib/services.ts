/** The public guide page of a service (what its QR code points at, after PUBLIC_BASE_URL). */
export function servicePagePath(slug: string): string {
  return `/services/${encodeURIComponent(slug)}`;
}

/** A phone number as a tel: link target (digits and +). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
