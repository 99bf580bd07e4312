import { maskMobile, normalizeMobile } from "./phone";

/*
 * A contact phone of a party or a partner organisation: a mobile (stored as its 11 digits) or a landline with
 * its area code (stored as 0571-86120110), since a unit or a shop is often reached on a landline.
 */

const LANDLINE = /^(0\d{2,3})-?(\d{7,8})$/;

export function normalizeContactPhone(input: string): string | null {
  const mobile = normalizeMobile(input);
  if (mobile) return mobile;
  const landline = LANDLINE.exec(input.replace(/[\s()（）]/g, ""));
  return landline ? `${landline[1]}-${landline[2]}` : null;
}

/** 138****5678 or 0571-****0110: enough to recognise, not enough to call. */
export function maskContactPhone(phone: string): string {
  const landline = LANDLINE.exec(phone);
  if (landline) return `${landline[1]}-****${landline[2]!.slice(-4)}`;
  return maskMobile(phone);
}
