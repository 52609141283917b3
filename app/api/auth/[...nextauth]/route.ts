import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { foreignPost } from "@/lib/security/same-origin";

const handler = NextAuth(authOptions);

// next-auth checks its own CSRF token; a cross-site post is refused before it, as on every POST route.
async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return foreignPost(request) ?? handler(request, context);
}

export { handler as GET, POST };
