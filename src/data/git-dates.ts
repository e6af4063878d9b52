/**
 * Reads the history of the article folder once per build. A site outside git, or a git without
 * history (a shallow clone), yields no dates rather than failing the build.
 */
import { execFileSync } from 'node:child_process';
import { GIT_LOG_ARGS, parseGitLog, type FileHistory } from '../lib/articles/git-history.ts';

export function articleHistories(articlesDir: string): Map<string, FileHistory> {
  try {
    const output = execFileSync('git', [...GIT_LOG_ARGS, '--', articlesDir], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return parseGitLog(output);
  } catch {
    return new Map();
  }
}
