import type { Job } from "./job";
import { careVisitsOverdue } from "./care-visits-overdue";
import { hazardDeadlines } from "./hazard-deadlines";
import { notificationRetry } from "./notification-retry";
import { retentionPurge } from "./retention-purge";

/** Every scheduled job of the portal. A domain adds one: a file beside this one and a line here. */
export const jobs: readonly Job[] = [hazardDeadlines, careVisitsOverdue, notificationRetry, retentionPurge];
