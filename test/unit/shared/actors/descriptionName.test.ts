import { describe, expect, it } from 'vitest';
import { isDescription, withoutWhen } from '../../../../src/shared/actors';

describe('descriptions as actor names', () => {
  it('tells a description from a proper name by its first letter', () => {
    expect(isDescription('the union')).toBe(true);
    expect(isDescription('documents released by the council')).toBe(true);
    expect(isDescription('Carters Guild')).toBe(false);
  });

  it.each([
    ['documents released by the county council on Tuesday', 'documents released by the county council'],
    ['a memo seen by the Clarion last week', 'a memo seen by the Clarion'],
    ['records filed with the court in March 2024', 'records filed with the court'],
    ['a letter sent to ministers on Jan. 5', 'a letter sent to ministers'],
    ['emails obtained earlier this month', 'emails obtained'],
    ['minutes published yesterday', 'minutes published'],
  ])('drops the day a description ends on: %s', (name, expected) => {
    expect(withoutWhen(name)).toBe(expected);
  });

  it.each(['the union', 'a report on Monday trading', 'the Tuesday Club', 'documents from the March inquiry', 'the last week'])('keeps a description with no day at its end as it is: %s', (name) => {
    expect(withoutWhen(name)).toBe(name);
  });
});
