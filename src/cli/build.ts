/** `npm run build`: check the content, then build the site, every handout and every deck into output/. */
import path from 'node:path';
import type { Config } from '../core/config.ts';
import { defineCommand } from './args.ts';
import { shardName } from '../build/shards.ts';
import { buildUsage, parseBuild } from './build-args.ts';

export const buildCommand = defineCommand({
  script: 'build',
  usage: buildUsage,
  parse: parseBuild,
  run: async (config: Config, { values }) => {
    if (values.merge) {
      const { mergeShards } = await import('../build/merge.ts');
      const folders = values.merge.map((folder) => path.resolve(config.userCwd, folder));
      const files = await mergeShards(config, folders);
      console.log(`Merged ${folders.length} shards (${files} files) into ${config.output}/.`);
      return;
    }
    // Loaded when run: the build pulls in Astro, which takes seconds to import and which the
    // other commands never use.
    const { buildEverything } = await import('../build/build.ts');
    const { seconds, printed } = await buildEverything(config, values);
    const where = values.shard
      ? `${config.output}/${shardName(values.shard)}/`
      : `${config.output}/`;
    const counts = Object.entries(printed)
      .map(([step, s]) => `${step}: ${s.rendered} printed, ${s.cached} from the cache`)
      .join('; ');
    console.log(
      `Done in ${seconds.toFixed(1)} s (${counts}). Everything is in ${where}.` +
        (values.shard ? '' : ' See the website with "npm run preview".'),
    );
  },
});
