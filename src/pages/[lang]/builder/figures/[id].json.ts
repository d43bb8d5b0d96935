/** builder/figures/<id>.json in each of the site's other languages (see site/library.ts). */
import { inOtherLanguages } from '../../../../site/library.ts';
import { figurePaths } from '../../../builder/figures/[id].json.ts';

export { GET } from '../../../builder/figures/[id].json.ts';
export const getStaticPaths = () => inOtherLanguages(figurePaths);
