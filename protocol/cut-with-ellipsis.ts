/**
 * `text` cut to at most `maxLength` characters when longer, its last character then an ellipsis (the spaces before it
 * dropped); unchanged otherwise. How every quotation of brand text is bounded.
 */
export function cutWithEllipsis(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, Math.max(0, maxLength - 1)).trimEnd()}…` : text;
}
