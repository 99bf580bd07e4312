import { getDb } from "@/db";
import { countUnread } from "@/db/queries/notifications";
import { canUseQueue, type StaffUser } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";
import { ClientMessages } from "./client-messages";
import { UnreadBadge } from "./unread-badge";

/** The header's unread count, rendered with the page and then kept fresh by the badge. Only for queue users. */
export async function UnreadNotifications({ locale, user }: { locale: Locale; user: StaffUser }) {
  if (!canUseQueue(user)) return null;
  const unread = await countUnread(await getDb(), user);
  return (
    <ClientMessages locale={locale} namespaces={["notifications"]}>
      <UnreadBadge initialCount={unread} />
    </ClientMessages>
  );
}
