// Astro types a template element as `HTMLElement | any` to serve every JSX framework; this site uses none,
// and that `any` makes type-checked lint rules (no-unsafe-return) flag every `.map(() => <li>…</li>)`.
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
