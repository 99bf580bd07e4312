/**
 * 18-digit resident identity numbers (公民身份号码, GB 11643-1999): 6-digit region code, 8-digit birth date,
 * 3-digit sequence, 1 check character (ISO 7064 MOD 11-2, 10 written X). The old 15-digit numbers have not
 * been issued since 1999 and carry no check digit, so they are refused with their own message.
 */

// Province-level codes (the first two digits of the region code), with 71 (Taiwan) and 81/82/83 (Hong Kong,
// Macao and Taiwan residents' residence permits, 港澳台居民居住证).
const PROVINCE_CODES = new Set([
  "11", "12", "13", "14", "15",
  "21", "22", "23",
  "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46",
  "50", "51", "52", "53", "54",
  "61", "62", "63", "64", "65",
  "71", "81", "82", "83",
]);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

/** Catalogue keys (under "validation.") for each way a number can be wrong. */
export type IdNumberError =
  | "validation.idNumberRequired"
  | "validation.idNumberOldFormat"
  | "validation.idNumberFormat"
  | "validation.idNumberRegion"
  | "validation.idNumberBirthDate"
  | "validation.idNumberChecksum";

export type IdNumberResult = { ok: true; value: string; birthDate: string } | { ok: false; error: IdNumberError };

/** The check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Checks a resident ID number and returns it normalized (spaces removed, x upper-cased).
 * `today` is injectable so tests do not depend on the clock.
 */
export function validateIdNumber(raw: string, today: Date = new Date()): IdNumberResult {
  const value = raw.replace(/[\s\u3000]/g, "").toUpperCase();
  if (value === "") return { ok: false, error: "validation.idNumberRequired" };
  if (/^\d{15}$/.test(value)) return { ok: false, error: "validation.idNumberOldFormat" };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, error: "validation.idNumberFormat" };

  // Region: a known province; mainland numbers name a city or county below it (xx0000 alone is not issued,
  // except 810000/820000/830000 on Hong Kong, Macao and Taiwan residents' residence permits).
  const province = value.slice(0, 2);
  const belowProvince = value.slice(2, 6) !== "0000" || ["81", "82", "83"].includes(province);
  if (!PROVINCE_CODES.has(province) || !belowProvince) {
    return { ok: false, error: "validation.idNumberRegion" };
  }

  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const real = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  if (!real || year < 1900 || birth.getTime() > todayUtc) return { ok: false, error: "validation.idNumberBirthDate" };

  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, error: "validation.idNumberChecksum" };
  return { ok: true, value, birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}` };
}

/** Shown to staff and residents instead of the number: first six and last four, e.g. 110105********002X. */
export function maskIdNumber(value: string): string {
  const v = value.replace(/\s/g, "").toUpperCase();
  if (v.length <= 10) return "*".repeat(v.length);
  return `${v.slice(0, 6)}${"*".repeat(v.length - 10)}${v.slice(-4)}`;
}
