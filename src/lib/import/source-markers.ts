/**
 * Source markers that open a news lead (`(Baothanhhoa.vn) -`, `NDO -`, `(ĐCSVN) -`) and the
 * publications they stand for (docs/domain.md §5.1–5.2). A provincial paper also gives a home province,
 * the last resort for an article that names no place.
 */
import { matchKey } from '../text/vi-text.ts';

export interface Publication {
  name: string;
  /** Province id of a provincial paper. */
  provinceId?: string;
}

const PUBLICATIONS: ReadonlyArray<[markers: string[], publication: Publication]> = [
  [['ĐCSVN', 'CPV'], { name: 'Báo điện tử Đảng Cộng sản Việt Nam' }],
  [['NDO'], { name: 'Báo Nhân Dân' }],
  [['Baothanhhoa.vn'], { name: 'Báo Thanh Hóa', provinceId: 'thanh-hoa' }],
  [['HGO', 'HG'], { name: 'Báo Hậu Giang', provinceId: 'hau-giang' }],
  [['TCCS'], { name: 'Tạp chí Cộng sản' }],
  [['TTXVN', 'TTXVN/Vietnam+', 'VNA'], { name: 'Thông tấn xã Việt Nam' }],
  [['QĐND'], { name: 'Báo Quân đội nhân dân' }],
  [['VOV', 'VOV.VN'], { name: 'Đài Tiếng nói Việt Nam' }],
  [['Chinhphu.vn', 'VGP'], { name: 'Cổng Thông tin điện tử Chính phủ' }],
  [['CAND'], { name: 'Báo Công an nhân dân' }],
  [['LLCT'], { name: 'Tạp chí Lý luận chính trị' }],
  [['QLNN'], { name: 'Tạp chí Quản lý nhà nước' }],
  [['PLVN'], { name: 'Báo Pháp luật Việt Nam' }],
  [['HNM', 'HNMO'], { name: 'Báo Hànộimới', provinceId: 'ha-noi' }],
  [['SGGP', 'SGGPO'], { name: 'Báo Sài Gòn Giải Phóng', provinceId: 'ho-chi-minh' }],
  [['PLO'], { name: 'Báo Pháp Luật TP. Hồ Chí Minh' }],
  [['NLĐO'], { name: 'Báo Người Lao Động' }],
  [['TTO'], { name: 'Báo Tuổi Trẻ' }],
  [['TNO'], { name: 'Báo Thanh Niên' }],
  [['GD&TĐ'], { name: 'Báo Giáo dục và Thời đại' }],
  [['Kinhtedothi'], { name: 'Báo Kinh tế & Đô thị' }],
  [['Baonghean.vn'], { name: 'Báo Nghệ An', provinceId: 'nghe-an' }],
  [['QBĐT'], { name: 'Báo Quảng Bình', provinceId: 'quang-binh' }],
  [['Baoquangninh.vn'], { name: 'Báo Quảng Ninh', provinceId: 'quang-ninh' }],
];

const BY_MARKER = new Map<string, Publication>(
  PUBLICATIONS.flatMap(([markers, publication]) => markers.map((m) => [matchKey(m), publication] as const)),
);

/** The publication a marker stands for (`HGO`, `(HGO)`, `hgo`), if known. */
export function publicationOf(marker: string): Publication | undefined {
  return BY_MARKER.get(matchKey(marker.replace(/^\(|\)$/g, '')));
}

// Bare (unparenthesised) markers that open a lead: only well-known ones, so that an ordinary first word
// followed by a dash is never taken for a source.
const BARE = [
  'NDO',
  'QĐND',
  'TCCS',
  'VOV',
  'TTXVN',
  'CAND',
  'SGGP',
  'SGGPO',
  'HNM',
  'HNMO',
  'NLĐO',
  'TTO',
  'TNO',
  'PLO',
  'VNA',
  'GD&TĐ',
  'Kinhtedothi',
  'VGP',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LEAD_MARKER = new RegExp(
  `^(?:\\((?!Ảnh|ảnh|Nguồn|nguồn)(?<paren>[^()]{2,30})\\)|(?<bare>${BARE.map(escape).join('|')}))\\s*[-–—]\\s*(?<rest>\\S.*)$`,
  'u',
);
const MIN_LEAD_LENGTH = 80;

export interface LeadMarker {
  /** As printed, with its parentheses: `(Baothanhhoa.vn)`, `NDO`. */
  marker: string;
  /** The lead without the marker. */
  rest: string;
}

/** A source marker opening a lead paragraph; a marker on a short line belongs to a teaser or a caption. */
export function leadMarker(line: string): LeadMarker | undefined {
  if (line.length < MIN_LEAD_LENGTH) return undefined;
  const groups = LEAD_MARKER.exec(line)?.groups;
  if (!groups?.['rest']) return undefined;
  const marker = groups['paren'] !== undefined ? `(${groups['paren']})` : (groups['bare'] ?? '');
  return { marker, rest: groups['rest'] };
}

/** Known markers opening teaser lines of a page's other stories: they name the page's publication. */
export function listMarkerPublication(
  lines: readonly string[],
): { marker: string; publication: Publication } | undefined {
  const counts = new Map<string, { marker: string; publication: Publication; count: number }>();
  for (const line of lines) {
    const marker = /^(\([^()]{2,30}\)|[A-ZĐ][\p{L}.&]{1,15})\s*[-–—]\s/u.exec(line)?.[1];
    const publication = marker === undefined ? undefined : publicationOf(marker);
    if (!marker || !publication) continue;
    const entry = counts.get(publication.name) ?? { marker, publication, count: 0 };
    entry.count++;
    counts.set(publication.name, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best && { marker: best.marker, publication: best.publication };
}
