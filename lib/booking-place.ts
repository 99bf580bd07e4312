/**
 * Where a booking is, in the reader's language: an officer's slot is at their community office, a
 * station-hall slot at the station. `t` is the appointments namespace's translator (page or route handler).
 */
export function bookingPlace(
  booking: { officerName: string | null; officeAddress: string; stationName: string; stationAddress: string },
  t: (key: "placeOfficer" | "placeHall", values: Record<string, string>) => string,
): string {
  return booking.officerName
    ? t("placeOfficer", { address: booking.officeAddress, officer: booking.officerName })
    : t("placeHall", { station: booking.stationName, address: booking.stationAddress });
}
