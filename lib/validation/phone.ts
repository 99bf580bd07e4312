/**
 * Mainland China mobile numbers: 11 digits starting 1[3-9]. Residents type them with spaces, dashes,
 * a +86 / 0086 / 86 prefix; all of that is tolerated and the bare 11 digits are stored.
 */
export function normalizeMobile(input: string): string | null {
  let digits = input.replace(/[\s\-()（）]/g, "");
  if (digits.startsWith("+86")) digits = digits.slice(3);
  else if (digits.startsWith("0086")) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith("86")) digits = digits.slice(2);
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/** 138****5678: enough for the resident to recognise, not enough to call. */
export function maskMobile(mobile: string): string {
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : "****";
}
