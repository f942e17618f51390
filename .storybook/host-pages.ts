import { html, type TemplateResult } from 'lit';

export type HostPage = 'plain' | 'cms';

// A typical CMS column: a narrow article with a framework's opinions on headings, links, lists and
// buttons, so designers see a widget where it will live. Styles are scoped to .cms-host.
const cmsSheet = new CSSStyleSheet();
cmsSheet.replaceSync(`
.cms-host{max-width:42rem;margin:0 auto;padding:1.5rem;font:18px/1.7 Georgia,serif;color:#222;background:#fff}
.cms-host *{box-sizing:content-box;letter-spacing:.02em}
.cms-host h2{font:700 2rem/1.1 Georgia,serif;text-transform:uppercase;margin:0 0 1rem}
.cms-host a{color:#c00;text-decoration:underline wavy}
.cms-host button{font:inherit;padding:1rem 2rem;border-radius:0;background:#c00;color:#fff}
.cms-host ul{list-style:square;padding-left:3rem}
.cms-host p{margin:0 0 1.5rem}
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, cmsSheet];

export const hostPages: Record<HostPage, (story: TemplateResult) => TemplateResult> = {
  plain: (story) => story,
  cms: (story) => html`<article class="cms-host">
    <h2>News from our city</h2>
    <p>Our council joined partners across the Atlantic to share what works against hate and polarisation.</p>
    ${story}
    <p>Read more on <a href="#">our news page</a>.</p>
  </article>`,
};
