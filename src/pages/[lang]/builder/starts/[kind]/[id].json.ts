/** builder/starts/<kind>/<id>.json in each of the site's other languages (see site/library.ts). */
import { inOtherLanguages } from '../../../../../site/library.ts';
import { startPaths } from '../../../../builder/starts/[kind]/[id].json.ts';

export { GET } from '../../../../builder/starts/[kind]/[id].json.ts';
export const getStaticPaths = () => inOtherLanguages(startPaths);
