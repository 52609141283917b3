import NextLink from "next/link";

/**
 * The app's link: next/link without prefetching. Every page here is rendered per user from the
 * database, and prefetching made the browser request every page a screen links to as soon as
 * it was visible: opening the board's dashboard (30 blocs × 6 links) sent 73 background requests.
 * A page is fetched when the link is followed instead.
 */
export function Link(props: React.ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
