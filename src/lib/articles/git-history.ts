/**
 * Last-edit dates of article files from `git log`. The first commit of a file is its arrival in the
 * repository, not an edit, so a file committed once has no edit date: readers see "Cập nhật lần cuối"
 * only when the text changed after it was added.
 */
export interface FileHistory {
  commits: number;
  /** The newest commit touching the file. */
  last: Date;
}

/** The output format `parseGitLog` reads: a NUL-marked commit date line followed by file names. */
export const GIT_LOG_ARGS = [
  '-c',
  'core.quotePath=false',
  'log',
  '--relative',
  '--no-renames',
  '--name-only',
  '--format=%x00%cI',
];

export function parseGitLog(output: string): Map<string, FileHistory> {
  const files = new Map<string, FileHistory>();
  let commitDate: Date | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith('\0')) {
      commitDate = new Date(line.slice(1));
      continue;
    }
    const path = line.trim();
    if (!path || !commitDate) continue;
    const known = files.get(path);
    // git log lists newest first: the first date seen for a file is its last edit.
    if (known) known.commits += 1;
    else files.set(path, { commits: 1, last: commitDate });
  }
  return files;
}

/**
 * When an article was last changed: its last commit if the file was edited after it was added (and
 * after the article's own date), else the editor's `updated`, else nothing.
 */
export function lastModified(
  history: FileHistory | undefined,
  published: Date,
  updated: Date | undefined,
): Date | undefined {
  if (history && history.commits > 1 && history.last > published) return history.last;
  return updated && updated > published ? updated : undefined;
}
