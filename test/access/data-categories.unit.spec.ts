import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  dataCategoriesOf,
  dataCategoryOfType,
  typesWithoutCategory,
} from '../../projections/access-log/data-categories.js';
import { loadTypeDefs } from '../../src/graphql/build-yoga.js';
import { operationalTypes } from '../../src/graphql/plugins/access-audit.js';

describe('the kinds of data an access reached', () => {
  it('are named for every type of patient data the API serves', () => {
    const objectTypes = loadTypeDefs()
      .flatMap((sdl) => parse(sdl).definitions)
      .filter((definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION)
      .map((definition) => definition.name.value);
    const uncategorised = objectTypes.filter(
      (type) =>
        !operationalTypes.has(type) &&
        !typesWithoutCategory.has(type) &&
        dataCategoryOfType[type] === undefined,
    );
    expect(uncategorised).toEqual([]);
  });

  it('are the distinct categories of the fields asked for, shared types adding none', () => {
    expect(
      dataCategoriesOf([
        'Case.status',
        'CarePlan.title',
        'Goal.description',
        'Actor.userId',
        'TimelineEntry.summary',
        'Query.integrityEvidence',
      ]),
    ).toEqual(['care-plan', 'case', 'events', 'timeline']);
    expect(dataCategoriesOf(['Unheard.of'])).toEqual(['other']);
    expect(dataCategoriesOf([])).toEqual([]);
  });
});
