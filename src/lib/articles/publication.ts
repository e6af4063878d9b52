/**
 * Which articles a build shows. The dev server shows everything so editors can preview drafts and
 * articles scheduled for later; a production build leaves both out until a build runs after the
 * article's time (the date is an instant, so "after" is Vietnam time whatever the machine's zone).
 */
export interface PublicationState {
  draft: boolean;
  date: Date;
}

export function isPublished(article: PublicationState, build: { dev: boolean; now: Date }): boolean {
  if (build.dev) return true;
  return !article.draft && article.date.getTime() <= build.now.getTime();
}
