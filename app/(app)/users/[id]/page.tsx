import { notFound } from "next/navigation";
import { requireSession } from "@/lib/auth/session";
import { openSessions } from "@/lib/sessions/queries";
import { userCan } from "@/lib/users/policy";
import { getUser, userDeletable, userFormOptions } from "@/lib/users/queries";
import { UserView } from "@/components/users/user-view";

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const user = await getUser(session, (await params).id);
  if (!user) notFound();
  const current = { unitId: user.unitId, blocIds: user.blocAssignments.map((a) => a.blocId) };
  const options = await userFormOptions(session, current);
  const [deletable, sessions] = await Promise.all([userDeletable(session, user.id), openSessions(session, user.id)]);
  return <UserView user={user} options={options} sessions={sessions} deletable={deletable} can={userCan(session, user.id)} />;
}
