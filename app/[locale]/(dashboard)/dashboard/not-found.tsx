import { StaffNotFoundMessage } from "@/components/staff-not-found-message";

// A staffNotFound() met while navigating in the browser. Pages themselves call staffNotFound() (lib/not-found.ts).
export default function DashboardNotFound() {
  return <StaffNotFoundMessage />;
}
