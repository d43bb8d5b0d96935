/** program/cards/<id>.json in each of the site's other languages (see site/library.ts). */
import { inOtherLanguages } from '../../../../site/library.ts';
import { cardPaths } from '../../../program/cards/[id].json.ts';

export { GET } from '../../../program/cards/[id].json.ts';
export const getStaticPaths = () => inOtherLanguages(cardPaths);
