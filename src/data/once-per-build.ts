/**
 * Corpus-wide data computed once in a build and shared by every page. The dev server edits content under
 * a running process, so there it is computed afresh on every call.
 */
export function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return compute();
    result ??= compute();
    return result;
  };
}
