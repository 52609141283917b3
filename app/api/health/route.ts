// For process supervisors: the app is alive and answering. Whether it can serve (its database,
// its migrations) is /api/ready's question, so a database outage does not get instances restarted.
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
