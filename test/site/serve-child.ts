/**
 * The preview server in a process of its own, for the aborted-downloads test: it serves the folder
 * given as the first argument under "/" and prints its address, then runs until it is killed.
 */
import { startStaticServer } from '../../src/site/serve.ts';

const root = process.argv[2];
if (root === undefined) throw new Error('Give the folder to serve.');
const site = await startStaticServer({ root, base: '/' });
process.stdout.write(`${site.url}\n`);
