/**
 * A date as metadata writes it (ISO 8601: `2025-10-22T19:25:52+07:00`, `2012-12-23T14:02+07:00`,
 * `2012-12-25`, `2015-03-23 08:06 +07:00`) as the article date the site stores: `YYYY-MM-DD` or
 * `YYYY-MM-DDTHH:mm` in Vietnam time. A time without an offset is taken as Vietnam time.
 */
import { daysInMonth, vnParts } from '../../dates/vn-date.ts';

const ISO =
  /^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T\s]+(?<h>\d{1,2}):(?<min>\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?<zone>Z|[+-]\d{2}:?\d{2})?)?$/i;

const pad = (n: number) => String(n).padStart(2, '0');

export function metadataDate(raw: string): string | undefined {
  const match = ISO.exec(raw.trim());
  const g = match?.groups;
  if (!g) return undefined;
  const [year, month, day] = [Number(g['y']), Number(g['m']), Number(g['d'])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (g['h'] === undefined) return date;
  const [hour, minute] = [Number(g['h']), Number(g['min'])];
  if (hour > 23 || minute > 59) return undefined;
  const zone = g['zone'];
  if (zone === undefined) return `${date}T${pad(hour)}:${pad(minute)}`;
  const offset = zone.toUpperCase() === 'Z' ? '+00:00' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const instant = new Date(`${date}T${pad(hour)}:${pad(minute)}:00${offset}`);
  if (Number.isNaN(instant.getTime())) return undefined;
  const vn = vnParts(instant);
  return `${vn.year}-${pad(vn.month)}-${pad(vn.day)}T${pad(vn.hour)}:${pad(vn.minute)}`;
}
