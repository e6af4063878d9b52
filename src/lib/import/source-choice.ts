/**
 * An article's source from all the page tells: `--source`, the address (`--url`, or one the page prints),
 * the marker opening the lead, the "Theo …"/"Nguồn: …" lines closing it, and the markers of the page's
 * other stories. What they disagree on goes to the editor's review list, never silently one way.
 */
import { publisherByHost } from '../publishers/lookup.ts';
import { govPortal, portalName, type GovPortal } from '../publishers/gov-portal.ts';
import type { Publisher } from '../publishers/registry.ts';
import {
  asPublication,
  listMarkerPublication,
  publicationOf,
  type Publication,
  type PrintedSource,
} from './source-markers.ts';

export interface SourceInput {
  /** The marker that opened the lead, as printed. */
  leadMarker?: string;
  /** Lines dropped as page furniture (their markers can name the page's publication). */
  dropped: readonly string[];
  /** Source lines closing the article. */
  printed: readonly PrintedSource[];
  /** `--source`. */
  override?: string;
  /** `--url`. */
  url?: string;
  /** The article's date (YYYY-MM-DD…), for the publisher a merged paper had become. */
  date?: string;
}

export interface SourceChoice {
  name?: string;
  url?: string;
  basis: string;
  /** The publication whose home province is the last-resort locality. */
  publication?: Publication;
  review: string[];
}

interface AddressSource {
  url: string;
  from: string;
  publisher?: Publisher;
  portal?: GovPortal;
}

function portalPublication(portal: GovPortal, name: string): Publication {
  const district = portal.districts.length === 1 ? portal.districts[0] : undefined;
  const commune = portal.communes.length === 1 ? portal.communes[0] : undefined;
  return {
    name,
    // A commune from 1/7/2025 lies in the new province, not in the old one the address still spells.
    provinceId: commune?.province.id ?? portal.province.id,
    ...(district && { district: `${district.type} ${district.name}` }),
    ...(commune && { commune: `${commune.type} ${commune.name}` }),
  };
}

/** The same publisher, or one merged into the other: a 2019 marker on a page now under its successor. */
function samePublisher(a: Publication, b: Publication): boolean {
  return a.id !== undefined && a.id === b.id;
}

const inferredReview = (publication: Publication, how: string) =>
  publication.inferred
    ? [
        `Nguồn ${publication.name} suy ra từ ${how}, nhưng mục này trong content/publishers.json chưa được xác nhận: kiểm tra lại.`,
      ]
    : [];

export function chooseSource(input: SourceInput): SourceChoice {
  const review: string[] = [];
  const { date } = input;

  // The address: --url, else one the page prints.
  const printedUrl = input.printed.find((p) => p.url !== undefined);
  const address: AddressSource | undefined =
    input.url !== undefined
      ? { url: input.url, from: 'tùy chọn --url' }
      : printedUrl?.url !== undefined
        ? { url: printedUrl.url, from: `dòng “${printedUrl.line}” cuối bài` }
        : undefined;
  if (address) {
    const publisher = publisherByHost(address.url);
    if (publisher) address.publisher = publisher;
    else {
      const portal = govPortal(address.url, date);
      if (portal) address.portal = portal;
    }
  }
  if (input.url !== undefined && printedUrl?.url !== undefined) {
    const other = publisherByHost(printedUrl.url);
    if (other && address?.publisher && other.id !== address.publisher.id) {
      review.push(
        `Trang in địa chỉ ${printedUrl.url} (${other.name}), khác địa chỉ --url (${address.publisher.name}): source.url ghi theo --url; kiểm tra lại.`,
      );
    }
  }

  // What the text names: the lead's marker, else a closing "Theo …"/"Nguồn: …" line.
  const marker = input.leadMarker;
  const markerPublication = marker === undefined ? undefined : publicationOf(marker, date);
  const named = input.printed.find((p) => p.name !== undefined);
  const namedPublication = named?.publisher ? asPublication(named.publisher, date) : undefined;
  const text: { publication?: Publication; printedName?: string; basis: string } | undefined =
    marker && markerPublication
      ? { publication: markerPublication, basis: `dấu nguồn “${marker}” ở đầu bài` }
      : named && namedPublication
        ? { publication: namedPublication, basis: `dòng “${named.line}” cuối bài` }
        : marker
          ? {
              printedName: marker.replace(/^\(|\)$/g, ''),
              basis: `dấu nguồn “${marker}” ở đầu bài, chưa có trong bảng dấu nguồn`,
            }
          : named?.name !== undefined
            ? { printedName: named.name, basis: `dòng “${named.line}” cuối bài, tên chưa có trong danh mục báo` }
            : undefined;
  if (marker && markerPublication && named && namedPublication && !samePublisher(markerPublication, namedPublication)) {
    review.push(
      `Đầu bài có dấu nguồn “${marker}” (${markerPublication.name}) nhưng cuối bài ghi “${named.line}”: source ghi theo dấu nguồn đầu bài; kiểm tra lại.`,
    );
  }
  const unknownText = (printedName: string, what: string) =>
    `${what} “${printedName}” chưa có trong bảng dấu nguồn (content/publishers.json): sửa source thành tên đầy đủ của báo (hoặc dùng --source).`;

  if (input.override !== undefined) {
    const publication = text?.publication ?? (address?.publisher && asPublication(address.publisher, date));
    return {
      name: input.override,
      ...(address && { url: address.url }),
      basis: 'tùy chọn --source',
      ...(publication && { publication }),
      review,
    };
  }

  // An aggregator republishes: the source is the publisher the page names, never the aggregator.
  if (address?.publisher?.kind === 'aggregator') {
    const aggregator = address.publisher.name;
    if (text?.publication) {
      review.push(
        `Trang lấy từ ${aggregator} (trang tổng hợp); nguồn gốc là ${text.publication.name} theo ${text.basis}: thêm source.url của bài trên ${text.publication.name} nếu có.`,
        ...inferredReview(text.publication, text.basis),
      );
      return {
        name: text.publication.name,
        basis: `${text.basis}; trang lấy từ ${aggregator}`,
        publication: text.publication,
        review,
      };
    }
    if (text?.printedName !== undefined) {
      review.push(`Trang lấy từ ${aggregator} (trang tổng hợp); ${unknownText(text.printedName, 'Nguồn')}`);
      return { name: text.printedName, basis: `${text.basis}; trang lấy từ ${aggregator}`, review };
    }
    review.push(
      `Trang lấy từ ${aggregator} (trang tổng hợp) và không ghi báo gốc: sửa source thành báo đăng bài gốc (xem dòng nguồn trên trang ${aggregator}).`,
    );
    return { name: aggregator, url: address.url, basis: `địa chỉ ${address.url} (${address.from})`, review };
  }

  if (address?.publisher || address?.portal) {
    const publication = address.publisher
      ? asPublication(address.publisher, date)
      : portalPublication(address.portal!, portalName(address.portal!) ?? address.portal!.host);
    const basis = `địa chỉ ${address.url} (${address.from})`;
    if (address.portal && portalName(address.portal) === undefined) {
      review.push(
        `Địa chỉ ${address.url} là trang của một cơ quan thuộc ${address.portal.province.name}: sửa source thành tên cơ quan đó.`,
      );
    }
    review.push(...inferredReview(publication, `địa chỉ ${address.url}`));
    if (text?.publication && !samePublisher(text.publication, publication)) {
      review.push(
        `Địa chỉ bài là của ${publication.name} nhưng trang ghi nguồn ${text.publication.name} (${text.basis}): bài có thể được đăng lại. source ghi theo địa chỉ; nếu muốn ghi nguồn gốc, sửa source.name và source.url.`,
      );
    } else if (text?.printedName !== undefined) {
      review.push(`${unknownText(text.printedName, 'Nguồn')} source ghi theo địa chỉ.`);
    }
    // Conflicting home provinces decide nothing: the text must name the place, or the editor.
    const conflicting =
      text?.publication?.provinceId !== undefined &&
      publication.provinceId !== undefined &&
      text.publication.provinceId !== publication.provinceId;
    const { provinceId: _ignored, ...withoutProvince } = publication;
    return {
      name: publication.name,
      url: address.url,
      basis,
      publication: conflicting ? withoutProvince : publication,
      review,
    };
  }

  const url = address && { url: address.url };
  if (address)
    review.push(`Địa chỉ ${address.url} không thuộc báo nào trong content/publishers.json: kiểm tra source.`);
  if (text?.publication) {
    review.push(...inferredReview(text.publication, text.basis));
    return { name: text.publication.name, ...url, basis: text.basis, publication: text.publication, review };
  }
  if (text?.printedName !== undefined) {
    review.push(marker ? unknownText(marker, 'Dấu nguồn') : unknownText(text.printedName, 'Nguồn'));
    return { name: text.printedName, ...url, basis: text.basis, review };
  }
  const listed = listMarkerPublication(input.dropped, date);
  if (listed) {
    review.push(`Nguồn ${listed.publication.name} chỉ suy ra từ danh sách tin khác trên trang: kiểm tra lại.`);
    return {
      name: listed.publication.name,
      ...url,
      basis: `dấu “${listed.marker}” của các tin khác trên cùng trang; bài không có dấu nguồn`,
      publication: listed.publication,
      review,
    };
  }
  review.push('Không xác định được nguồn: thêm source (tên báo, tạp chí) hoặc chạy lại với --source hay --url.');
  return { ...url, basis: 'không có dấu nguồn', review };
}
