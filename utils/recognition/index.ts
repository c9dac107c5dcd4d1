/**
 * The recognition core: finds entity mentions in text. Pure TypeScript, no DOM.
 * See docs/recognition.md.
 */
export {
  compileRecognizer,
  loadRecognizer,
  precompileEntities,
  type PrecompiledEntity,
  type Recognizer,
  type RecognizerLoader,
  type ScanOptions,
  startRecognizer,
} from '@/utils/recognition/recognizer';
export {
  copyBackrefState,
  createBackrefState,
  type BackrefState,
} from '@/utils/recognition/backrefs';
export { canonicalForm } from '@/utils/recognition/canonical';
export { namesTheSubject, supportedMentions } from '@/utils/recognition/topic';
export { romanizationVariants } from '@/utils/recognition/variants';
export {
  findAliasCollisions,
  findUnmatchableAliases,
  type AliasCollision,
} from '@/utils/recognition/collisions';
export type { MatcherEntity, Mention } from '@/utils/recognition/types';
