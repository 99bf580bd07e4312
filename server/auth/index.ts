import "server-only";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { endSessions, loadStaffUser } from "@/db/queries/staff";
import type { StaffUser } from "@/lib/authz";
import { clientAddress } from "@/lib/client-address";
import { log } from "@/lib/log";
import { serverSecret } from "@/lib/server-secret";
import { checkCredentials } from "./sign-in";

declare module "next-auth" {
  interface Session {
    user: { id: string; tokenVersion: number } & DefaultSession["user"];
  }
  interface User {
    tokenVersion: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid: number;
    tv: number;
  }
}

/** Carries the time the lock ends to the sign-in form (as the error code; it says nothing about the account). */
export class SignInLocked extends CredentialsSignin {
  constructor(until: Date) {
    super();
    this.code = `locked:${until.toISOString()}`;
  }
}

// Configured lazily, per request: `next build` imports this module and must not need AUTH_SECRET.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: serverSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  // A wrong password is an answer, not a server error: keep it out of the error log.
  logger: {
    error(error) {
      if (!(error instanceof CredentialsSignin)) log.error("sign-in failed", { error });
    },
  },
  // The session is a signed cookie: clearing it in this browser would leave any copy of it valid until it
  // expires. Moving the user's token version on (re-checked on every request, see currentStaff) ends them all.
  // Covers the 退出 button (signOut()) and POST /api/auth/signout alike.
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token && Number.isInteger(token.uid) && typeof token.tv === "number") await endSessions(await getDb(), token.uid, token.tv);
    },
  },
  providers: [
    Credentials({
      credentials: { login: {}, password: {} },
      async authorize(credentials, request) {
        const login = typeof credentials.login === "string" ? credentials.login : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        if (!login || !password || login.length > 64 || password.length > 256) return null;
        const result = await checkCredentials(await getDb(), {
          login,
          password,
          clientAddress: clientAddress(request.headers),
        });
        if (result.status === "locked") throw new SignInLocked(result.until);
        if (result.status !== "ok") return null;
        return { id: String(result.userId), tokenVersion: result.tokenVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.tv = user.tokenVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.tokenVersion = token.tv;
      return session;
    },
  },
}));

/**
 * The signed-in staff member, re-read from the database on every request so that deactivating an account
 * or changing its password ends its sessions at once. Null when signed out or revoked.
 */
export const currentStaff = cache(async (): Promise<StaffUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  const tokenVersion = session?.user?.tokenVersion;
  if (!Number.isInteger(id) || typeof tokenVersion !== "number") return null;
  return loadStaffUser(await getDb(), id, tokenVersion);
});

/** For dashboard pages: the signed-in staff member, or off to the sign-in page. */
export async function requireStaff(): Promise<StaffUser> {
  const user = await currentStaff();
  if (!user) redirect("/login");
  return user;
}
