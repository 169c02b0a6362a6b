/**
 * A name in lower case is a description an article gives ("the union", "the board", "documents
 * released by the committee"), not a proper name: in another article the same words mean another
 * body. So such an actor is matched by name only within the article it came from; elsewhere it
 * would gather every union of a corpus under one actor.
 */
export function isDescription(name: string): boolean {
  return /^\p{Ll}/u.test(name.trim());
}
