import { notFound } from "next/navigation";

// Any address no page answers: the localized 404 (with the site's header) rather than Next's bare one.
export default function UnknownPage() {
  notFound();
}
