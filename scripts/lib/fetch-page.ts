/**
 * Fetches a web page for the import command: follows redirects, gives up after a timeout, refuses what
 * is not an HTML page or is too large, and says why in Vietnamese. Never retries: the editor decides.
 */

export type FetchedPage =
  { ok: true; bytes: Uint8Array; contentType?: string; address: string } | { ok: false; reason: string };

const MAX_BYTES = 10 * 1024 * 1024;
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;
const SAVE_HINT = 'Mở trang bằng trình duyệt, lưu lại (Ctrl+S, “Trang web, chỉ HTML”) rồi nhập tệp .html.';

/** The reason a fetch failed, from the error `fetch` throws (its `cause` holds the system error code). */
function networkReason(address: string, error: unknown, seconds: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `không tải được ${address}: quá ${seconds} giây máy chủ không trả lời (mạng chậm hoặc mất kết nối). ${SAVE_HINT}`;
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  const what =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? 'không tìm thấy tên miền (máy đang ngoại tuyến, hoặc địa chỉ gõ sai)'
      : code === 'ECONNREFUSED'
        ? 'máy chủ từ chối kết nối'
        : code === 'ECONNRESET'
          ? 'kết nối bị ngắt giữa chừng'
          : 'không kết nối được (máy đang ngoại tuyến?)';
  return `không tải được ${address}: ${what}${code === '' ? '' : ` [${code}]`}. ${SAVE_HINT}`;
}

export async function fetchPage(address: string, timeoutMs = 20_000): Promise<FetchedPage> {
  const seconds = Math.round(timeoutMs / 1000);
  let response: Response;
  try {
    response = await fetch(address, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'accept-language': 'vi,en;q=0.5' },
    });
  } catch (error) {
    return { ok: false, reason: networkReason(address, error, seconds) };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return {
      ok: false,
      reason: `không tải được ${address}: máy chủ trả lời ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. ${SAVE_HINT}`,
    };
  }
  const contentType = response.headers.get('content-type') ?? undefined;
  if (contentType !== undefined && !HTML_TYPES.test(contentType.trim())) {
    await response.body?.cancel();
    return {
      ok: false,
      reason: `${address} không phải trang HTML (máy chủ gửi “${contentType}”): chỉ nhập được trang bài báo.`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return { ok: false, reason: networkReason(address, error, seconds) };
  }
  if (bytes.length > MAX_BYTES)
    return {
      ok: false,
      reason: `${address}: trang lớn hơn ${MAX_BYTES / 1024 / 1024} MB, không phải một trang bài báo.`,
    };
  return { ok: true, bytes, ...(contentType !== undefined && { contentType }), address: response.url || address };
}
