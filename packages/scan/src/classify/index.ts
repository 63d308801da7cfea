/** Classification of cookies, storage keys and hosts: {@link createClassifier} and its types. */
export type {
  Classifier,
  ClassifierOptions,
  ClassifierSource,
  HostClassification,
} from './create-classifier';
export { createClassifier } from './create-classifier';
