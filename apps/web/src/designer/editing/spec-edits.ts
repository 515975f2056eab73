// The designer's edits as pure spec transforms: each takes a spec and returns a new one.
export {
  addState,
  clearPositions,
  deleteState,
  freeStateKey,
  isValidStateKey,
  pasteState,
  renameState,
  setPosition,
  setStateFields,
  setStateTitle,
  setTask,
} from './state-edits';
export {
  addAction,
  addTransition,
  describeAddress,
  guardTransition,
  moveTransition,
  removeAction,
  removeTransition,
  retargetTransition,
  setAction,
  setAfterDelay,
  setEventName,
  setGuard,
  updateTransition,
} from './transition-edits';
export { SpecEditError, type TransitionAddress } from './spec-draft';
export { setEventTitle } from './event-edits';
