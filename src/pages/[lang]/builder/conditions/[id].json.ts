/** builder/conditions/<id>.json in each of the site's other languages (see site/library.ts). */
import { inOtherLanguages } from '../../../../site/library.ts';
import { conditionPaths } from '../../../builder/conditions/[id].json.ts';

export { GET } from '../../../builder/conditions/[id].json.ts';
export const getStaticPaths = () => inOtherLanguages(conditionPaths);
