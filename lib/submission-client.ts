import { clientAddress } from "./client-address";
import { keyedHash } from "./crypto";

/**
 * Who sent a resident's form, as the submission limits and repeat detection see it: the client (address and
 * browser, so many homes behind one carrier address are told apart), and the address alone for a looser limit
 * that no header changes. Only keyed hashes leave this function: an anonymous tip must not be traceable.
 */
export interface SubmissionClient {
  /** Address and browser, for a repeat key made from the content (no browser key without JavaScript). */
  id: string;
  clientKey: string;
  addressKey: string;
}

export function submissionClient(headers: Headers): SubmissionClient {
  return submissionClientOf(clientAddress(headers), headers.get("user-agent") ?? "");
}

export function submissionClientOf(address: string, userAgent: string): SubmissionClient {
  const id = `${address}\0${userAgent}`;
  return { id, clientKey: keyedHash("client", id), addressKey: keyedHash("address", address) };
}
