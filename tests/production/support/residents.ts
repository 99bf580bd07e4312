import { randomUUID } from "node:crypto";
import { actionFields, get, postForm, trackingLink, visitor } from "./browserless";

/*
 * Residents leaving messages, without JavaScript, for as long as they are told to — and the load generator's
 * own log of what they sent and which reference code each was acknowledged with, to reconcile against the
 * database afterwards. A resident whose message is not acknowledged (the 503 page, an error, a dropped
 * connection) sends the very same message again a little later, as a person would: the same words, the same
 * key. Told to stop, residents send nothing new but keep trying what they have not had acknowledged (for up
 * to half a minute).
 */

export interface Submission {
  body: string;
  submissionKey: string;
  /** The reference code it was acknowledged with; null if never. */
  code: string | null;
  attempts: number;
}

export interface ResidentsLog {
  submissions: Submission[];
  /** Answers that were not an acknowledgement, by kind: "503 page", "status 500", "network error"… */
  setbacks: Record<string, number>;
}

export function startResidents(options: { url: string; residents: number; prefix: string; officer?: string }) {
  const officer = options.officer ?? "he-wenchuan";
  const path = `/officers/${officer}/message`;
  const log: ResidentsLog = { submissions: [], setbacks: {} };
  let running = true;
  let giveUpAt = Infinity;
  const setback = (kind: string) => (log.setbacks[kind] = (log.setbacks[kind] ?? 0) + 1);

  async function resident(n: number) {
    const who = visitor(`load-resident-${n}`);
    for (let i = 0; running; i++) {
      const submission: Submission = { body: `${options.prefix} ${n}-${i} ${randomUUID()}`, submissionKey: randomUUID(), code: null, attempts: 0 };
      log.submissions.push(submission);
      while (submission.code === null && Date.now() < giveUpAt) {
        submission.attempts++;
        try {
          // The form as the page shows it now (nginx keeps serving the page while the database is away).
          const page = await get(options.url, path, who);
          const hidden = actionFields(await page.text());
          const response = await postForm(options.url, path, who, hidden, {
            kind: "message",
            officer,
            submissionKey: submission.submissionKey,
            body: submission.body,
          });
          await response.arrayBuffer();
          const link = trackingLink(response);
          if (link) {
            submission.code = link.code;
            continue;
          }
          const location = response.headers.get("location") ?? "";
          setback(location.startsWith("/unavailable") ? "503 page" : `status ${response.status}`);
        } catch {
          setback("network error");
        }
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  }

  const done = Promise.all(Array.from({ length: options.residents }, (_, n) => resident(n)));
  return {
    log,
    /** Stops sending anything new; resolves once every resident has had their last message acknowledged (or 30 s). */
    async stop(): Promise<ResidentsLog> {
      running = false;
      giveUpAt = Date.now() + 30_000;
      await done;
      return log;
    },
  };
}
