/// <reference types="astro/client" />
// Astro writes .astro/types.d.ts with this line on its first run; a fresh clone has no .astro/ yet,
// so lint and type checks would not know Astro's virtual modules (astro:config/client) without it.
