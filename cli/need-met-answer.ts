/**
 * The person's answer to the report's question about the need ("Did it do the job …? [y/n/skip]"), in English or
 * French: yes (y, yes, o, oui) is true, no (n, no, non) false, anything else (skip, an empty line) no answer, so the
 * report leaves `needMet` absent and the butler reads it as before.
 */
export function needMetAnswer(line: string): boolean | undefined {
  const word = line.trim().toLowerCase();
  if (/^(y|yes|o|oui)$/.test(word)) return true;
  if (/^(n|no|non)$/.test(word)) return false;
  return undefined;
}
