/** How an invisible code point can be abused to hide or reorder text. */
export type InvisibleKind = 'zero-width' | 'bidi-override' | 'bidi-mark' | 'tag' | 'control' | 'format';

/** Classifies a code point that renders as nothing (or reorders what follows); undefined for ordinary characters. */
export function classifyInvisible(codePoint: number): InvisibleKind | undefined {
  if (codePoint < 0x80) {
    if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return undefined;
    return codePoint < 0x20 || codePoint === 0x7f ? 'control' : undefined;
  }
  if (codePoint >= 0x80 && codePoint <= 0x9f) return 'control';
  if (codePoint === 0x202d || codePoint === 0x202e) return 'bidi-override';
  if ((codePoint >= 0x202a && codePoint <= 0x202c) || (codePoint >= 0x2066 && codePoint <= 0x2069)) return 'bidi-mark';
  if (codePoint === 0x200e || codePoint === 0x200f || codePoint === 0x061c) return 'bidi-mark';
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) return 'tag';
  if (
    (codePoint >= 0x200b && codePoint <= 0x200d) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    codePoint === 0xfeff ||
    codePoint === 0x180e ||
    codePoint === 0x00ad ||
    codePoint === 0x034f ||
    codePoint === 0x115f ||
    codePoint === 0x1160 ||
    codePoint === 0x3164 ||
    codePoint === 0xffa0 ||
    codePoint === 0x17b4 ||
    codePoint === 0x17b5 ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  ) {
    return 'zero-width';
  }
  if (codePoint >= 0xfff9 && codePoint <= 0xfffb) return 'format';
  return undefined;
}

/** Code points that legitimately glue emoji or shape non-Latin scripts, so they are only suspicious between Latin letters. */
export function isJoinerOrSelector(codePoint: number): boolean {
  return (
    codePoint === 0x200c ||
    codePoint === 0x200d ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  );
}

/** Decodes a Unicode tag character (U+E0020–U+E007E) to the ASCII character it smuggles, or '' for other tags. */
export function decodeTagCharacter(codePoint: number): string {
  return codePoint >= 0xe0020 && codePoint <= 0xe007e ? String.fromCharCode(codePoint - 0xe0000) : '';
}
