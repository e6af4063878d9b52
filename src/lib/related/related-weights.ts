/**
 * Tuning constants of related articles (src/lib/related/related-articles.ts): the weights of the score and the limits of
 * candidate generation.
 */

// ---------------------------------------------------------------------------------------------------
// Weights. A score is a sum of the parts below; each part is bounded, so the weights say how much each
// signal can contribute at most. Documents are the strongest signal: one shared document (even one cited
// by every article) is worth at least DOCUMENT_WEIGHT × DOCUMENT_RARITY_FLOOR = 0.30, more than the
// same province and district together (0.15 + 0.05 + 0.05); text similarity can add up to 0.45, so two
// near-duplicate texts still outrank a single shared but common document.
// ---------------------------------------------------------------------------------------------------

/** Ceiling of the shared-documents part (approached by several shared or rare documents). */
export const DOCUMENT_WEIGHT = 0.6;
/** Share of DOCUMENT_WEIGHT that a document cited by every article still gives. */
export const DOCUMENT_RARITY_FLOOR = 0.5;
/** Same province unit from 1/7/2025 (covers merged provinces: Hậu Giang and Cần Thơ). */
export const PROVINCE_UNIT_WEIGHT = 0.15;
/** Extra when the province as published is also the same (same old province). */
export const SAME_OLD_PROVINCE_BONUS = 0.05;
/** Same district within the same old province; district names repeat across provinces. */
export const DISTRICT_WEIGHT = 0.05;
/** Ceiling of the shared-topics part; topics are few and broad, so they weigh less than a province. */
export const TOPIC_WEIGHT = 0.15;
/** Share of TOPIC_WEIGHT that a topic given to every article still gives. */
export const TOPIC_RARITY_FLOOR = 0.4;
/** Multiplies the TF-IDF cosine (0…1). */
export const TEXT_WEIGHT = 0.45;
/** Penalty per unit of ln(1 + days apart): 1 year ≈ −0.06, 10 years ≈ −0.08. */
export const TIME_GAP_WEIGHT = 0.01;
/** Weight factor of genre-ubiquitous terms (list (b) of docs/domain.md §4.7). */
export const GENRE_TERM_FACTOR = 0.35;
/**
 * Cosine from which "nội dung gần nhau" is given as a reason (so text alone can relate two articles).
 * A pair needs a reason and a positive score: a weak text-only match years apart is left out.
 */
export const TEXT_REASON_MIN_COSINE = 0.1;
/** Terms found in more than this share of the articles are dropped… */
export const UBIQUITOUS_TERM_SHARE = 0.6;
/** …once the corpus has at least this many articles (in a tiny corpus every share is high). */
export const UBIQUITOUS_MIN_CORPUS = 20;

// Candidate generation limits: these make the cost per article constant.
/** Highest-weighted terms per article put in the term postings. */
export const CANDIDATE_TERMS_PER_ARTICLE = 30;
/**
 * Posting entries read around the article, in date order, per key: a shared document (also one
 * restricted to the article's province unit, so that "22-NQ/TW in Hậu Giang" neighbours are reached
 * even when the document alone has thousands of citing articles), the province unit, a shared topic
 * (also per unit), and each of the article's top terms.
 */
export const DOCUMENT_WINDOW = 100;
export const PROVINCE_WINDOW = 60;
export const TOPIC_WINDOW = 30;
export const TERM_WINDOW = 12;
/**
 * Candidates per article that get the full score, chosen by the pre-score (exact metadata part plus a
 * cosine over top terms only). On a generated 3,000-article corpus 100, 200 and unlimited candidates
 * gave the same top 5; what the windows miss matters more (recall@5 0.99 against all pairs).
 */
export const MAX_CANDIDATES = 100;
export const DEFAULT_LIMIT = 5;
