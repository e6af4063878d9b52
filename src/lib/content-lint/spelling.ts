/**
 * Text-level checks: Unicode NFC (text pasted from Word or macOS often arrives decomposed, which breaks
 * search and matching) and province names whose tone mark sits elsewhere than in the registry
 * (`Thanh Hoá` for `Thanh Hóa`): both spellings are accepted, one site should print one.
 */
import { PROVINCES } from '../places/localities.ts';
import { nfc, normalizeTonePlacement } from '../text/vi-text.ts';
import type { LintMessage } from './types.ts';

export interface NfcResult {
  /** The text the other checks should read: NFC when fixed, else as it was. */
  text: string;
  message?: LintMessage;
}

export function checkNfc(file: string, source: string, fieldAt: (line: number) => string, fix: boolean): NfcResult {
  const lines = source.split('\n');
  const bad = lines.flatMap((line, i) => (line === nfc(line) ? [] : [i + 1]));
  const first = bad[0];
  if (first === undefined) return { text: source };
  const where = bad.length === 1 ? `dòng ${first}` : `${bad.length} dòng, từ dòng ${first}`;
  const message = (severity: LintMessage['severity'], text: string): LintMessage => ({
    file,
    line: first,
    field: fieldAt(first),
    severity,
    message: text,
  });
  return fix
    ? { text: nfc(source), message: message('fixed', `đã chuyển chữ sang dạng chuẩn NFC (${where})`) }
    : {
        text: source,
        message: message(
          'warning',
          `chữ có dấu không ở dạng chuẩn NFC (${where}), thường do dán từ Word hoặc máy Mac; tìm kiếm sẽ không khớp: chạy npm run check -- --fix`,
        ),
      };
}

// Registry spellings by their tone-placement key, as written and in capitals (headings, bylines).
const SPELLINGS = new Map<string, string>();
for (const province of PROVINCES) {
  for (const name of [province.name, ...(province.fullName === undefined ? [] : [province.fullName])]) {
    for (const spelling of [name, name.toLocaleUpperCase('vi')])
      SPELLINGS.set(normalizeTonePlacement(spelling), spelling);
  }
}
const wordsOf = (text: string) => [...text.matchAll(/\p{L}+/gu)];
const MAX_WORDS = Math.max(...[...SPELLINGS.values()].map((s) => wordsOf(s).length));
// Most words start no province name: skip them before trying phrases. Articles share most of their
// words, so each word's key is computed once.
const FIRST_WORDS = new Set([...SPELLINGS.keys()].map((key) => wordsOf(key)[0]![0]));
const wordKeys = new Map<string, string>();
function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) wordKeys.set(word, (key = normalizeTonePlacement(word)));
  return key;
}

export function checkProvinceSpelling(file: string, source: string, fieldAt: (line: number) => string): LintMessage[] {
  const messages: LintMessage[] = [];
  nfc(source)
    .split('\n')
    .forEach((text, i) => {
      const words = wordsOf(text);
      const seen = new Set<string>();
      words.forEach((word, w) => {
        if (!FIRST_WORDS.has(wordKey(word[0]))) return;
        for (const last of words.slice(w, w + MAX_WORDS)) {
          const written = text.slice(word.index, last.index + last[0].length);
          const registry = SPELLINGS.get(normalizeTonePlacement(written));
          if (registry === undefined || registry === written || seen.has(written)) continue;
          seen.add(written);
          const line = i + 1;
          messages.push({
            file,
            line,
            field: fieldAt(line),
            severity: 'warning',
            message: `"${written}" đặt dấu thanh khác danh mục địa phương: viết "${registry}"`,
          });
        }
      });
    });
  return messages;
}
