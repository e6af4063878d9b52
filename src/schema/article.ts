/**
 * The editors' contract: what an article's frontmatter may contain. Every message is in Vietnamese and
 * names the field; the caller adds the file. A plain module (not under src/content, which Astro treats
 * specially) so that the build and `npm run check` validate with the same schema: the build passes
 * Astro's `image()`, the content lint a stand-in that checks the picture file exists.
 */
import { z } from 'astro/zod';
import { parseVnDateTime } from '../lib/dates/vn-date.ts';
import { findProvince } from '../lib/places/localities.ts';
import { parseDocumentNumber } from '../lib/documents/document-number.ts';

type Issue = { input?: unknown; code?: string; keys?: string[] };

const typeName = (input: unknown) =>
  input === null
    ? 'rỗng'
    : Array.isArray(input)
      ? 'danh sách'
      : input instanceof Date
        ? 'ngày'
        : typeof input === 'number'
          ? 'số'
          : typeof input === 'boolean'
            ? 'true/false'
            : typeof input === 'object'
              ? 'nhóm trường'
              : 'chuỗi';

/** Message for a value of the wrong type, or a missing required one. */
const expected = (what: string) => (issue: Issue) =>
  issue.input === undefined ? `bắt buộc phải có (${what})` : `phải là ${what}, không phải ${typeName(issue.input)}`;

const text = (what = 'chuỗi ký tự') => z.string({ error: expected(what) }).trim();
const nonEmptyText = (what = 'chuỗi ký tự') => text(what).min(1, { error: 'không được để trống' });

const strict = <T extends z.ZodRawShape>(shape: T, what = 'nhóm trường') =>
  z.strictObject(shape, {
    error: (issue: Issue) =>
      issue.code === 'unrecognized_keys'
        ? `trường không được hỗ trợ: ${(issue.keys ?? []).join(', ')} (kiểm tra chính tả tên trường)`
        : expected(what)(issue),
  });

const vnDateTime = z.string({ error: expected('ngày dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm') }).transform((raw, ctx) => {
  const parsed = parseVnDateTime(raw);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.reason });
    return z.NEVER;
  }
  return parsed.value;
});

const provinceName = nonEmptyText('tên tỉnh/thành phố').transform((name, ctx) => {
  const province = findProvince(name);
  if (!province) {
    ctx.addIssue({
      code: 'custom',
      message: `không có tỉnh/thành phố "${name}" trong danh mục content/localities.json (viết tên tỉnh, ví dụ "Thanh Hóa", "TP. Hồ Chí Minh")`,
    });
    return z.NEVER;
  }
  return { id: province.id, asWritten: name };
});

/** A bare string is shorthand for the group's main field: `locality: Hậu Giang`, `source: Báo Hậu Giang`. */
const shorthand = <T extends z.ZodType>(field: string, schema: T) =>
  z.preprocess((value) => (typeof value === 'string' ? { [field]: value } : value), schema);

const locality = shorthand(
  'province',
  strict(
    {
      province: provinceName,
      district: nonEmptyText().optional(),
      commune: nonEmptyText().optional(),
    },
    'tên tỉnh, hoặc nhóm { province, district, commune }',
  ),
);

const documentNumber = nonEmptyText('số hiệu văn bản').transform((raw, ctx) => {
  const doc = parseDocumentNumber(raw);
  if (!doc) {
    ctx.addIssue({
      code: 'custom',
      message: `không đọc được số hiệu văn bản "${raw}" (viết như 22-NQ/TW, Chỉ thị 29-CT/TU, 100/2019/NĐ-CP)`,
    });
    return z.NEVER;
  }
  return doc;
});

const list = <T extends z.ZodType>(item: T, what: string) => z.array(item, { error: expected(`danh sách ${what}`) });

/** The frontmatter schema; `image` validates the `cover` path (relative to the article file). */
export function articleSchema<Image extends z.ZodType>(image: () => Image) {
  return strict({
    title: nonEmptyText(),
    sapo: nonEmptyText().optional(),
    date: vnDateTime,
    dateNote: nonEmptyText().optional(),
    updated: vnDateTime.optional(),
    locality,
    resolutions: list(documentNumber, 'số hiệu văn bản').default([]),
    topics: list(nonEmptyText('tên chủ đề'), 'chủ đề').default([]),
    source: shorthand(
      'name',
      strict(
        {
          name: nonEmptyText(),
          url: z.url({ error: 'phải là địa chỉ web đầy đủ, ví dụ https://baohaugiang.com.vn/...' }).optional(),
        },
        'tên nguồn, hoặc nhóm { name, url }',
      ),
    ).optional(),
    author: nonEmptyText().optional(),
    cover: image().optional(),
    coverAlt: nonEmptyText().optional(),
    draft: z.boolean({ error: expected('true hoặc false') }).default(false),
  }).superRefine((data, ctx) => {
    if (data.cover && !data.coverAlt) {
      ctx.addIssue({
        code: 'custom',
        path: ['coverAlt'],
        message: 'ảnh bìa (cover) cần có mô tả ảnh coverAlt cho người khiếm thị',
      });
    }
    if (data.updated && data.updated.date < data.date.date) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: 'ngày cập nhật không được trước ngày đăng (date)' });
    }
  });
}
