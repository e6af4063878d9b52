/** `05` → `5`: readers and articles drop the zero that official symbols pad numbers with. */
export function withoutLeadingZeros(number: string): string {
  return number.replace(/^0+(?=\d)/, '');
}
