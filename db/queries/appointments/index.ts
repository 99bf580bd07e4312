// Appointments by job: the times residents can book, booking one, the resident's changes from the tracking
// page, and the staff's day view. Import from "@/db/queries/appointments".
export { ensureSlots, getBookableService, listBookingChoices, listOpenSlots, slotHorizonDays, type BookingChoice, type OpenSlot } from "./slots";
export {
  bookingPagePaths,
  bookSlot,
  listBookingCommunities,
  noShowBlockedUntil,
  personKeyOf,
  type BookResult,
  type ChangeResult,
  type NewBooking,
} from "./booking";
export { cancelBooking, getBookingOfRequest, listRescheduleSlots, rescheduleBooking, type BookingOfRequest } from "./resident-changes";
export { listDayBookings, markAttendance, type AttendanceResult } from "./staff-day";
