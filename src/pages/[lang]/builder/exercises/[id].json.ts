/** builder/exercises/<id>.json in each of the site's other languages (see site/library.ts). */
import { inOtherLanguages } from '../../../../site/library.ts';
import { exercisePaths } from '../../../builder/exercises/[id].json.ts';

export { GET } from '../../../builder/exercises/[id].json.ts';
export const getStaticPaths = () => inOtherLanguages(exercisePaths);
