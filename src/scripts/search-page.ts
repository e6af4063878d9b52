/**
 * The search page in the browser: reads the query and filters from the URL, searches as the reader
 * types, keeps the URL shareable, and renders the document match, the results and the states.
 */
import { RANKING_OPTIONS, type PagefindApi, type PagefindHit } from '../lib/search/vi-search.ts';
import type { DocumentIndexEntry } from '../lib/search/document-query.ts';
import { siteSearch } from '../lib/search/site-search.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;
const SORTS: Record<string, Record<string, 'asc' | 'desc'>> = { moi: { date: 'desc' }, cu: { date: 'asc' } };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

async function loadPagefind(): Promise<PagefindApi> {
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await pagefind.options(RANKING_OPTIONS);
  return pagefind;
}

let documentIndex: Promise<DocumentIndexEntry[]> | undefined;
function loadDocuments(): Promise<DocumentIndexEntry[]> {
  documentIndex ??= fetch('/tim-kiem/van-ban.json').then((r) => (r.ok ? r.json() : []));
  return documentIndex;
}

function renderResult(data: Awaited<ReturnType<PagefindHit['data']>>): string {
  const meta = [data.meta.date, data.meta.province]
    .filter(Boolean)
    .map((m) => escapeHtml(m!))
    .join(' · ');
  return `<li><article class="result">
    <h2 class="result__title"><a href="${escapeHtml(data.url)}">${escapeHtml(data.meta.title ?? data.url)}</a></h2>
    <p class="meta">${meta}</p>
    <p class="result__excerpt">${data.excerpt}</p>
  </article></li>`;
}

function renderDocuments(docs: DocumentIndexEntry[]): string {
  const items = docs
    .map(
      (d) =>
        `<li><a href="${escapeHtml(d.url)}"><strong>${escapeHtml(d.label)}</strong></a>${d.date ? ` ngày ${escapeHtml(d.date)}` : ''}${
          d.title ? `: ${escapeHtml(d.title)}` : ''
        }</li>`,
    )
    .join('');
  return `<h2>Văn bản</h2><ul>${items}</ul>`;
}

export function startSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('#q')!;
  const filterSelects = [...root.querySelectorAll<HTMLSelectElement>('[data-filter]')];
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-sort]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const documentsBox = root.querySelector<HTMLElement>('[data-documents]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of [...filterSelects, sortSelect]) {
    select.value = params.get(select.name) ?? '';
    // A value no longer offered (an old link) means no filter.
    if (select.selectedIndex < 0) select.value = '';
  }

  let hits: PagefindHit[] = [];
  let shown = 0;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The filter menus are in the page, so nothing is loaded from the index before the first search.
  const pagefind = loadPagefind();
  const failed = () => (status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang.');
  pagefind.catch(failed);
  // A reader who focuses the box is about to search: load what every search needs while they type.
  input.addEventListener('focus', () => void pagefind.then((pf) => pf.init()).catch(failed), { once: true });

  function currentOptions() {
    const filters: Record<string, string> = {};
    for (const select of filterSelects) if (select.value) filters[select.dataset.filter!] = select.value;
    return { filters, sort: SORTS[sortSelect.value] };
  }

  function syncUrl(): void {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const select of [...filterSelects, sortSelect]) if (select.value) next.set(select.name, select.value);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  async function showMore(): Promise<void> {
    const slice = hits.slice(shown, shown + PAGE_SIZE);
    shown += slice.length;
    const items = await Promise.all(slice.map(async (hit) => renderResult(await hit.data())));
    list.insertAdjacentHTML('beforeend', items.join(''));
    more.hidden = shown >= hits.length;
  }

  async function run(): Promise<void> {
    const mine = ++generation;
    syncUrl();
    const query = input.value.trim();
    const options = currentOptions();
    if (!query && Object.keys(options.filters).length === 0) {
      list.replaceChildren();
      documentsBox.hidden = true;
      more.hidden = true;
      status.textContent = 'Nhập từ khóa để tìm, ví dụ: sinh hoạt chi bộ, Mường Khương, 22-NQ/TW.';
      return;
    }
    status.textContent = 'Đang tìm…';
    const { documents: docs, pages: result } = await siteSearch(await pagefind, query, options, loadDocuments);
    if (mine !== generation) return;
    documentsBox.hidden = docs.length === 0;
    documentsBox.innerHTML = docs.length > 0 ? renderDocuments(docs) : '';
    hits = result?.results ?? [];
    shown = 0;
    list.replaceChildren();
    await showMore();
    if (mine !== generation) return;
    const quoted = query ? ` cho “${query}”` : '';
    status.textContent =
      hits.length > 0
        ? `${hits.length} kết quả${quoted}.`
        : `Không tìm thấy kết quả${quoted}. Thử gõ không dấu, bớt từ, bỏ bộ lọc, hoặc tìm theo số hiệu văn bản (ví dụ 22-NQ/TW).`;
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };
  input.addEventListener('input', schedule);
  for (const select of [...filterSelects, sortSelect]) select.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', () => void showMore());
  run().catch(failed);
}
