export { nameKey, surnameKey } from './normaliseName';
export { resolveActor, searchActors, type ActorMatch, type MatchKind, type Resolution } from './resolveActor';
export { gazetteerStates, type GazetteerState } from './gazetteer';
export { lookupGazetteer } from './lookupGazetteer';
