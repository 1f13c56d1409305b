// @ts-check
/**
 * The graph's node labels and relationship types, in the order the filters show them. The browser
 * cannot import src/domain/labels.ts, so they are copied here: the checker holds each name to its
 * union there, and tests/unit/web/vocabulary.test.ts keeps both lists complete.
 */

/** @type {readonly import('../../src/domain/labels.js').NodeLabel[]} */
export const NODE_LABELS = ['Person', 'Organization', 'Country', 'Agreement', 'Event', 'Document'];

/** @type {readonly import('../../src/domain/labels.js').RelationshipType[]} */
export const RELATIONSHIP_TYPES = ['MET', 'ATTENDED', 'HOLDS_POSITION', 'PARTY_TO', 'SIGNED', 'REPRESENTS', 'BASED_IN', 'HELD_IN', 'ABOUT', 'RENAMED_TO', 'MENTIONS'];
