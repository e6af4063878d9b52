/**
 * The skeleton of a new article (npm run new): the frontmatter contract of src/schema/article.ts with
 * what is known filled in and every other field as a commented example, and a draft flag so that an
 * unfinished article is never published.
 */
import type { Province } from '../places/localities.ts';
import { cleanSpaces } from '../text/vi-text.ts';
import { formatVnTime, vnIsoDate } from '../dates/vn-date.ts';

export interface TemplateInput {
  title: string;
  /** Publication time, written in Vietnam time. */
  date: Date;
  province?: Province;
}

export function articleTemplate({ title, date, province }: TemplateInput): string {
  // Without a province the field stays commented out: the build and npm run check ask for it.
  const locality = province
    ? [
        'locality:                    # tỉnh/thành phố của bài',
        `  province: ${province.name}`,
        '  # district: huyện Vị Thủy   # không bắt buộc: huyện, xã, ghi như trên báo',
        '  # commune: thị trấn Nàng Mau',
      ]
    : [
        '# locality:                  # BẮT BUỘC: tỉnh/thành phố của bài; bỏ dấu # ở dòng này và dòng province, sửa tên',
        '#   province: Hậu Giang',
        '#   district: huyện Vị Thủy  # không bắt buộc: huyện, xã, ghi như trên báo',
        '#   commune: thị trấn Nàng Mau',
      ];
  return [
    '---',
    `title: ${JSON.stringify(cleanSpaces(title).trim())}`,
    '# sapo: "Đoạn mở đầu, in đậm dưới tiêu đề: một, hai câu tóm tắt bài."',
    `date: ${vnIsoDate(date)}T${formatVnTime(date)}    # giờ Việt Nam: YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm; sửa thành ngày đăng bài gốc`,
    '# dateNote: "Bài gốc không ghi ngày; ngày được suy ra từ …"   # chỉ khi ngày là suy đoán: căn cứ, hiện cho bạn đọc',
    '# updated: 2025-01-31        # ngày cập nhật, cùng dạng với date',
    ...locality,
    '# resolutions:               # văn bản bài trích dẫn, viết như trong bài, ví dụ:',
    '#   - 22-NQ/TW',
    '#   - Chỉ thị 29-CT/TU',
    '# topics: [Tổ chức cơ sở đảng, Sinh hoạt chi bộ]   # chủ đề',
    '# source:                    # nguồn đăng; hoặc một dòng: source: Báo Hậu Giang',
    '#   name: Báo Hậu Giang',
    '#   url: https://baohaugiang.com.vn/…   # địa chỉ bài gốc',
    '# author: "Bài, ảnh: TRƯỜNG SƠN"   # tác giả, ghi như trên báo',
    '# cover: ./anh-bia.jpg       # ảnh bìa, đường dẫn tính từ tệp bài (đặt ảnh cạnh bài)',
    '# coverAlt: "Mô tả ảnh"      # bắt buộc khi có cover: mô tả ảnh cho người khiếm thị',
    'draft: true                  # bản nháp, chỉ hiện khi chạy npm run dev: xóa dòng này khi bài sẵn sàng đăng',
    '---',
    '',
    '<!-- Viết nội dung bài bằng Markdown thay cho dòng "Nội dung bài viết." bên dưới, rồi xóa ghi chú này.',
    '     Tiêu đề mục: ## Tiêu đề mục',
    '     Chú thích ảnh: một đoạn riêng, chỉ gồm chữ nghiêng: *Quang cảnh hội nghị. (Ảnh: PV)* -->',
    '',
    'Nội dung bài viết.',
    '',
  ].join('\n');
}
