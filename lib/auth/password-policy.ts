import { dictionary } from "@zxcvbn-ts/language-common";

// One password policy for every place a password is chosen: the first-run setup, the
// administrator's forms, a user's own change and set-password links. The common list is
// zxcvbn-ts's (about 49 000 leaked passwords, maintained upstream), plus Vietnamese habits
// that list does not know.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

const VIETNAMESE_COMMON = [
  "matkhau",
  "matkhau123",
  "matkhau@123",
  "matkhau1234",
  "123456789a",
  "abc123456789",
  "vietnam123",
  "hanoi12345",
  "admin12345",
  "admin@123",
];

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  // Built on first use: 49 000 entries are not worth holding in processes that never check one.
  common ??= new Set([...dictionary["passwords-common"], ...VIETNAMESE_COMMON]);
  return common;
}

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "containsUsername";

const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi");

/** The first reason a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username?: string | null): PasswordProblem | null {
  const length = [...password.normalize("NFC")].length;
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  const folded = fold(password);
  // "password1!" is as guessable as "password1": strip trailing digits and symbols before looking it up.
  if (commonPasswords().has(folded) || commonPasswords().has(folded.replace(/[\d\p{P}\p{S}]+$/u, ""))) return "common";
  if (username && username.length >= 3 && folded.includes(fold(username))) return "containsUsername";
  return null;
}

/** Message key for a problem, in the `validation` namespace. */
export const passwordProblemKey = (p: PasswordProblem) => `validation.passwordPolicy.${p}`;
