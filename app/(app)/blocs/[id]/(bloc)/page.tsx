import { notFound } from "next/navigation";
import { requireSession } from "@/lib/auth/session";
import { blocCan } from "@/lib/blocs/policy";
import { blocDeletable, getBloc, newYearLeadershipChoices } from "@/lib/blocs/queries";
import { regulationInForce } from "@/lib/regulations/queries";
import { BlocView } from "@/components/blocs/bloc-view";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params) {
  const bloc = await getBloc(await requireSession(), (await params).id);
  return { title: bloc?.name };
}

export default async function BlocPage({ params }: Params) {
  const session = await requireSession();
  const bloc = await getBloc(session, (await params).id);
  if (!bloc) notFound();
  const can = blocCan(session, bloc.id);
  const deletable = can.archive && (await blocDeletable(session, bloc.id));
  const choices = can.manage && !bloc.archivedAt ? await newYearLeadershipChoices(session, bloc.id) : null;
  const regulation = await regulationInForce(session, bloc.id);
  return <BlocView bloc={bloc} choices={choices} deletable={deletable} can={can} regulation={regulation} />;
}
