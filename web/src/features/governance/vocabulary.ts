/** The governance vocabulary, from the one vocabulary file (labels in messages). */
export {
  agreementStatuses as statuses,
  deviceTypes,
  estates,
  ladderLevels as levels,
} from '../../../../src/platform/vocabulary.js';
