/// <reference types="astro/client" />
// Astro writes .astro/types.d.ts with this line on its first run; a fresh clone has no .astro/ yet,
// so lint and type checks would not know Astro's virtual modules (astro:config/client) without it.

/** The handout's templates, precompiled at build time (src/render/precompile.ts). */
declare module 'virtual:routine-press/handout-templates' {
  // Handlebars' types declare TemplateSpecification globally.
  export const handout: TemplateSpecification;
  export const partials: Readonly<Record<string, TemplateSpecification>>;
}
