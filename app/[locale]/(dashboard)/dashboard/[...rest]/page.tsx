import { staffNotFound } from "@/lib/not-found";

// An address under /dashboard that no page answers: the dashboard's own 404.
export default function UnknownDashboardPage() {
  staffNotFound();
}
