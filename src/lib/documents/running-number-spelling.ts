/**
 * The two spellings of a document's running number. Official symbols pad it to two digits (`05-CT/TW`);
 * readers and articles drop the zero (`Chỉ thị 5`). A leaf module, so that the search page's browser code
 * can use it without the reference patterns.
 */

/** Leading zeros stripped, then padded to two digits: `5` → `05`, `1014` stays. */
export function canonicalNumber(printed: string): string {
  return printed.replace(/^0+/, '').padStart(2, '0');
}

/** `05` → `5`: as readers write it. */
export function withoutLeadingZeros(number: string): string {
  return number.replace(/^0+(?=\d)/, '');
}
