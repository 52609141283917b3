// Node's ICU lists Vietnam's zone under its old canonical name (Asia/Saigon) while the rest of
// the app and the IANA database use Asia/Ho_Chi_Minh: accept any name Intl understands, offer
// the current one first.
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return name.length > 0 && name.length <= 64;
  } catch {
    return false;
  }
}

export function timeZoneOptions(): string[] {
  return [VIETNAM_TIME_ZONE, ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "Asia/Saigon" && z !== VIETNAM_TIME_ZONE)];
}
